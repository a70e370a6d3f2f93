#!/usr/bin/env bash
# The console program paints its window before it loads its module: neither it nor the shell
# library it starts with may need, at start, a library only the module uses (each one costs
# the start before the first paint); the module must be there and need them; and the shell's
# classes must live in the shell alone (a second MainWindow in the module would be a second
# meta-object). Arguments: the program, the shell library, the module.
set -euo pipefail
program=$1 shell=$2 module=$3
fail=0
for f in "$program" "$shell" "$module"; do
  [[ -f "$f" ]] || { echo "program_links: $f does not exist (the check would pass for nothing)" >&2; exit 1; }
done
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
module_needs=$(needed "$module")
for f in "$program" "$shell"; do
  needs=$(needed "$f")
  [[ -n "$needs" ]] || { echo "program_links: no NEEDED entries read from $f" >&2; exit 1; }
  for lib in libQt6Network libQt6Sql libQt6Charts libQt6HttpServer libQt6WebSockets libqt6keychain libcrypto libssl libsqlite3; do
    if grep -q "^$lib\." <<<"$needs"; then
      echo "program_links: $f needs $lib at start; only the module may" >&2
      fail=1
    fi
  done
done
grep -q "^libmarketdesk-shell\." <<<"$(needed "$program")" || { echo "program_links: the program does not use the shared shell" >&2; fail=1; }
for lib in libQt6Network libQt6Sql libsqlite3 libcrypto libqt6keychain libmarketdesk-shell; do
  if ! grep -q "^$lib\." <<<"$module_needs"; then
    echo "program_links: the module $module does not need $lib (is it the module?)" >&2
    fail=1
  fi
done
defined=$(nm -C --defined-only "$module")
grep -q "ConsoleApp::start" <<<"$defined" || { echo "program_links: no ConsoleApp in $module (nm read nothing?)" >&2; fail=1; }
for cls in MainWindow Page StartupProbe; do
  if grep -qE " ${cls}::staticMetaObject\$" <<<"$defined"; then
    echo "program_links: the module defines ${cls}'s meta-object; it belongs to the shell library only" >&2
    fail=1
  fi
done
exit $fail
