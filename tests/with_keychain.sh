#!/bin/sh
# Runs a test with a real Secret Service: a private D-Bus session and a gnome-keyring
# daemon whose login keyring lives in a throw-away HOME, unlocked with a throw-away password.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export MARKETDESK_EXPECT_KEYCHAIN=1
exec dbus-run-session -- sh -c '
    printf "test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
