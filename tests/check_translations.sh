#!/usr/bin/env bash
# Every text a person reads (tr() in core, models, ui, cli, console) has a zh_CN translation.
set -euo pipefail
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/lib/qt6/bin/lupdate -silent -no-obsolete -locations none \
  "$src/app/core" "$src/app/cli" "$src/app/console" "$src/models" "$src/ui" -ts "$tmp/check_zh_CN.ts"
python3 "$src/scripts/fill_translations.py" --check "$tmp/check_zh_CN.ts"
# Translations use "…", not "...".
if grep -rn --include='*.cpp' 'tr("[^"]*\.\.\.' "$src/app" "$src/models" "$src/ui"; then
  echo 'use "…" instead of "..." in texts people read' >&2
  exit 1
fi
