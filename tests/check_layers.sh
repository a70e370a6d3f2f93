#!/usr/bin/env bash
# The layers hold in the sources too: core includes no GUI header, ui opens no database and no
# network connection (it talks to OrgService), models do neither; and nothing ignores TLS errors.
set -euo pipefail
src=$1
fail=0
check() { # dir pattern message
  if grep -rnE "$2" "$src/$1" --include='*.cpp' --include='*.h'; then
    echo "layering: $3" >&2
    fail=1
  fi
}
check app/core '#include <(QtWidgets/|QtGui/|QWidget|QDialog|QMainWindow|QApplication|QColor|QBrush)' "app/core must not use Gui or Widgets"
check models '#include <(QtWidgets/|QWidget|QDialog|QSql|QNetwork)' "models must not use Widgets, SQL or the network"
check ui '#include <(QSql|QNetwork|sqlite3)|QSqlDatabase|QNetworkAccessManager' "ui must not touch SQL or the network"
# TLS verification is never switched off: no ignoreSslErrors anywhere in the product.
for dir in app ui models; do
  check "$dir" 'ignoreSslErrors' "TLS errors must never be ignored (no ignoreSslErrors)"
done
exit $fail
