#pragma once
// Saves a list as a CSV file the way every export of the console does (the audit's writer:
// UTF-8 with a BOM for spreadsheet programs, formula-safe text cells, CRLF), replacing the file
// whole or leaving what was there (QSaveFile).
#include <QList>
#include <QString>
#include <QStringList>

namespace CsvTable {

// `numeric`: the columns written as numbers (not neutralised); the others are text.
bool save(const QString &path, const QStringList &header, const QList<QStringList> &rows,
          QString *error, const QList<int> &numeric = {});

} // namespace CsvTable
