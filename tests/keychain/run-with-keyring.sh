#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command against a private, headless Secret Service: a fresh HOME and XDG directories, a private
# D-Bus session bus and a gnome-keyring-daemon unlocked with a throwaway password. Everything is removed
# afterwards; the user's own keyring is never touched.
#   run-with-keyring.sh COMMAND [ARGS...]
set -eu
root=$(mktemp -d "${TMPDIR:-/tmp}/idconsole-keyring.XXXXXX")
cleanup() { rm -rf "$root"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$root/home" "$root/data" "$root/config" "$root/cache" "$root/runtime" "$root/tmp"
chmod 700 "$root/runtime"
export HOME="$root/home" XDG_DATA_HOME="$root/data" XDG_CONFIG_HOME="$root/config" \
       XDG_CACHE_HOME="$root/cache" XDG_RUNTIME_DIR="$root/runtime" TMPDIR="$root/tmp"
# The test may scan these for leaked secrets.
export IDCONSOLE_TEST_SANDBOX="$root"
# Pick the Secret Service backend whatever desktop the caller runs.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID \
      GNOME_KEYRING_CONTROL DBUS_SESSION_BUS_ADDRESS
status=0
command -v dbus-run-session >/dev/null || { echo "run-with-keyring: dbus-run-session not found (install dbus-daemon)" >&2; exit 98; }
command -v gnome-keyring-daemon >/dev/null || { echo "run-with-keyring: gnome-keyring-daemon not found (install gnome-keyring)" >&2; exit 98; }
dbus-run-session -- sh -c '
  printf %s idconsole-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 \
    || { echo "run-with-keyring: gnome-keyring-daemon did not start" >&2; exit 97; }
  "$@"' sh "$@" || status=$?
exit $status
