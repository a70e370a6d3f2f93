#!/usr/bin/env bash
# The .ts files are the source of truth (edit them in Qt Linguist, or refresh them with
# `cmake --build --preset default --target update_translations`). This refreshes copies of
# them from the sources exactly as that target does, and fails when a text a person reads
# has no zh_CN translation, a plural lacks its English forms, or a placeholder went missing.
set -euo pipefail
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for lang in zh_CN en; do
  cp "$src/translations/marketdesk_$lang.ts" "$tmp/marketdesk_$lang.ts"
  /usr/lib/qt6/bin/lupdate -silent -no-obsolete -locations relative \
    -I "$src" -I "$src/app" -I "$src/app/core" \
    "$src/app/core" "$src/app/cli" "$src/app/console" "$src/models" "$src/ui" \
    -ts "$tmp/marketdesk_$lang.ts"
done
python3 "$src/tests/check_translations.py" "$tmp/marketdesk_zh_CN.ts" "$tmp/marketdesk_en.ts" \
  --sources "$src/app/core" "$src/app/cli" "$src/app/console" "$src/models" "$src/ui"
# Translations use "…", not "...".
if grep -rn --include='*.cpp' 'tr("[^"]*\.\.\.' "$src/app" "$src/models" "$src/ui"; then
  echo 'use "…" instead of "..." in texts people read' >&2
  exit 1
fi
