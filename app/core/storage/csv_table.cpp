#include "storage/csv_table.h"

#include "common/save_file.h"
#include "storage/csv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace CsvTable {

bool save(const QString &path, const QStringList &header, const QList<QStringList> &rows,
          QString *error, const QList<int> &numeric)
{
    QByteArray out(Csv::kUtf8Bom);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i)
            out.append(',');
        Csv::appendField(out, header.at(i));
    }
    Csv::endRow(out);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i)
                out.append(',');
            Csv::appendField(out, row.at(i), !numeric.contains(int(i)));
        }
        Csv::endRow(out);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() ||
        !SaveFile::commit(file)) {
        *error = QCoreApplication::translate("CsvTable", "Cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace CsvTable
