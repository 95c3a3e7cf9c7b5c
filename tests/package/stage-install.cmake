# SPDX-License-Identifier: GPL-3.0-or-later
# CPack install script for the package test: installs the already built tree into CPack's staging folder,
# exactly as CPack's own install step does, but without CPack's "preinstall" build of the whole tree (a test
# must not build in the shared build folder). IDCONSOLE_BUILD_DIR is passed with -D on the cpack command line.
if(NOT IDCONSOLE_BUILD_DIR)
  message(FATAL_ERROR "stage-install.cmake: IDCONSOLE_BUILD_DIR is not set")
endif()
# Only for generators that stage with DESTDIR (DEB): without it the prefix below would be the real system.
if("$ENV{DESTDIR}" STREQUAL "" OR NOT "$ENV{DESTDIR}" MATCHES "_CPack_Packages")
  message(FATAL_ERROR "stage-install.cmake: DESTDIR is not CPack's staging folder; use it with cpack -G DEB only")
endif()
if(CPACK_PACKAGING_INSTALL_PREFIX)
  set(CMAKE_INSTALL_PREFIX "${CPACK_PACKAGING_INSTALL_PREFIX}")
else()
  set(CMAKE_INSTALL_PREFIX /usr)
endif()
if(CPACK_STRIP_FILES)
  set(CMAKE_INSTALL_DO_STRIP 1)
endif()
if(CPACK_BUILD_CONFIG)
  set(CMAKE_INSTALL_CONFIG_NAME "${CPACK_BUILD_CONFIG}")
endif()
include("${IDCONSOLE_BUILD_DIR}/cmake_install.cmake")
