# SPDX-License-Identifier: GPL-3.0-or-later
# ctest translations_uptodate (see CMakeLists.txt): is idconsole_zh_CN.ts in step with the sources?
foreach(var LUPDATE PROJECT_CMAKE GENERATOR_SCRIPT TS_FILE WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check-uptodate.cmake: ${var} is not set")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_CMAKE} -DOUT_FILE=${WORK_DIR}/project.json
                        -P "${GENERATOR_SCRIPT}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "could not write the lupdate project file")
endif()
get_filename_component(ts_name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${ts_name}")
file(COPY_FILE "${TS_FILE}" "${copy}")
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -ts "${copy}" -no-obsolete -locations none
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}):\n${out}${err}")
endif()

file(READ "${TS_FILE}" original)
file(READ "${copy}" updated)
# Semicolons would split the CMake lists below.
string(REPLACE ";" "<SEMICOLON>" updated "${updated}")
string(REGEX MATCHALL "<message[ >]" original_messages "${original}")
string(REGEX MATCHALL "<message[ >]" updated_messages "${updated}")
list(LENGTH original_messages original_count)
list(LENGTH updated_messages updated_count)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" missing "${updated}")
list(LENGTH missing missing_count)

set(problems "")
if(missing_count GREATER 0)
  string(APPEND problems "${missing_count} string(s) in the sources are not translated in ${ts_name}:\n")
  foreach(m IN LISTS missing)
    string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" text "${m}")
    string(REPLACE "<SEMICOLON>" ";" text "${text}")
    string(APPEND problems "  ${text}\n")
  endforeach()
endif()
math(EXPR gone "${original_count} - ${updated_count} + ${missing_count}")
if(gone GREATER 0)
  string(APPEND problems "${ts_name} holds ${gone} string(s) the sources no longer have.\n")
endif()
if(problems)
  message(FATAL_ERROR "${problems}Run: cmake --build build --target update_translations, translate, and commit the .ts "
                      "(translations/README.md).")
endif()
message(STATUS "${ts_name} is up to date: ${original_count} messages")
