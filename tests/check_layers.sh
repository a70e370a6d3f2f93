#!/usr/bin/env bash
# The layers hold in the sources too (the CMake link checks hold them between targets):
# core includes no GUI header; ui opens no database and no network connection; models do
# neither; foundation (common, net, storage) includes nothing from identity or a domain;
# identity nothing from a domain; a domain nothing from another domain, in core, models and
# ui alike; every project include carries its folder; labels and message boxes show plain
# text; nothing takes the sqlite3* out of Qt's driver; and nothing ignores TLS errors.
set -euo pipefail
src=$1
domains=(org seller apps licenses)
fail=0
check() { # dir pattern message [file to leave out]
  [[ -d "$src/$1" ]] || { echo "layering: $1 does not exist (the check would pass for nothing)" >&2; fail=1; return; }
  if grep -rnE "$2" "$src/$1" --include='*.cpp' --include='*.h' ${4:+--exclude="$4"}; then
    echo "layering: $3" >&2
    fail=1
  fi
}
alt() { local IFS='|'; echo "$*"; }
check app/core '#include <(QtWidgets/|QtGui/|QWidget|QDialog|QMainWindow|QApplication|QColor|QBrush)' "app/core must not use Gui or Widgets"
check models '#include <(QtWidgets/|QWidget|QDialog|QSql|QNetwork)' "models must not use Widgets, SQL or the network"
check ui '#include <(QSql|QNetwork|sqlite3)|QSqlDatabase|QNetworkAccessManager' "ui must not touch SQL or the network"
for layer in common net storage; do
  check "app/core/$layer" "#include \"($(alt identity "${domains[@]}"))/" "foundation ($layer) must not include identity or a domain"
done
check app/core/identity "#include \"($(alt "${domains[@]}"))/" "identity must not include a domain"
for d in "${domains[@]}"; do
  others=()
  for o in "${domains[@]}"; do [[ $o == "$d" ]] || others+=("$o"); done
  for area in app/core models ui; do
    [[ -d "$src/$area/$d" ]] || continue
    # Another domain's core ("seller/…"), models ("models/seller/…") or pages ("ui/seller/…").
    check "$area/$d" "#include \"((models|ui)/)?($(alt "${others[@]}"))/" "the $d domain must not include another domain ($area)"
  done
done
# Includes carry the folder ("net/api_client.h", "models/org/member_table_model.h"): a bare
# name would collide once two domains have a file of the same name.
for dir in app models ui resources tests; do
  check "$dir" '^\s*#\s*include "[^/"]+\.h"' "project includes must carry their folder"
done
# Text from servers, files and people is shown as plain text: labels and message boxes come
# from ui/shell/plain_text.h (AutoText would render a name like <img src=…> as HTML).
for dir in ui app/console; do
  check "$dir" 'new QLabel\b|QMessageBox::(warning|information|critical|question)\(' \
    "use PlainText::label / PlainText::message (ui/shell/plain_text.h), never AutoText" plain_text.cpp
done
# Tooltips are rich text when they look like it: a model that answers Qt::ToolTipRole escapes
# what it shows (plainToolTip, models/common/plain_tooltip.h).
for f in $(grep -rl 'ToolTipRole' "$src/models" --include='*.cpp' || true); do
  if ! grep -qE 'plainToolTip|convertFromPlainText' "$f"; then
    echo "$f: answers Qt::ToolTipRole without plainToolTip" >&2
    echo "layering: tooltips must not render data as HTML" >&2
    fail=1
  fi
done
# No sqlite3* is taken out of Qt's SQLite driver: Qt may bundle its own SQLite, and that handle
# in the libsqlite3 this program links is undefined behaviour. The C API gets a connection of
# its own (org/cache.cpp, storage/audit_export.cpp).
check app 'driver\(\)\s*->\s*handle\(|QSqlDriver::handle' \
  "never hand Qt's SQLite handle (QSqlDriver::handle) to libsqlite3; open a connection with sqlite3_open_v2"
# TLS verification is never switched off: no ignoreSslErrors anywhere in the product.
for dir in app ui models; do
  check "$dir" 'ignoreSslErrors' "TLS errors must never be ignored (no ignoreSslErrors)"
done
exit $fail
