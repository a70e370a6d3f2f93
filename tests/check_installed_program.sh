#!/usr/bin/env bash
# `cmake --install` into a scratch prefix: the installed program must find its shell library
# (RUNPATH) and its module (the path compiled in) and answer --version through the module,
# and the demo must paint a picture. Argument: the build folder.
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" --strip >/dev/null
program=$prefix/bin/marketdesk
[[ -x "$program" ]] || { echo "installed_program: $program was not installed" >&2; exit 1; }
ls "$prefix"/lib*/marketdesk/marketdesk-console.so "$prefix"/lib*/marketdesk/libmarketdesk-shell.so >/dev/null
version=$("$program" --version)
[[ "$version" == "marketdesk "* ]] || { echo "installed_program: --version said: $version" >&2; exit 1; }
"$program" --demo --demo-members 30 --data-dir "$prefix/data" --screenshot "$prefix/shot.png" >/dev/null 2>&1
[[ -s "$prefix/shot.png" ]] || { echo "installed_program: the installed demo made no picture" >&2; exit 1; }
echo "installed_program: $version, module and shell found, demo painted"
