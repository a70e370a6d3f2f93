#!/usr/bin/env bash
# The console program paints its window before it loads its module: it must not need, at start,
# a library only the module uses (each one costs the start before the first paint), and the
# module must be there and need them. Arguments: the program, the module.
set -euo pipefail
program=$1 module=$2
fail=0
for f in "$program" "$module"; do
  [[ -f "$f" ]] || { echo "program_links: $f does not exist (the check would pass for nothing)" >&2; exit 1; }
done
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
program_needs=$(needed "$program")
module_needs=$(needed "$module")
[[ -n "$program_needs" ]] || { echo "program_links: no NEEDED entries read from $program" >&2; exit 1; }
for lib in libQt6Network libQt6Sql libQt6Charts libQt6HttpServer libQt6WebSockets libqt6keychain libcrypto libssl libsqlite3; do
  if grep -q "^$lib\." <<<"$program_needs"; then
    echo "program_links: $program needs $lib at start; only the module may" >&2
    fail=1
  fi
done
for lib in libQt6Network libQt6Sql libsqlite3 libcrypto libqt6keychain libmarketdesk-shell; do
  if ! grep -q "^$lib\." <<<"$module_needs"; then
    echo "program_links: the module $module does not need $lib (is it the module?)" >&2
    fail=1
  fi
done
grep -q "^libmarketdesk-shell\." <<<"$program_needs" || { echo "program_links: the program does not use the shared shell" >&2; fail=1; }
exit $fail
