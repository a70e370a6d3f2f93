#pragma once
// The Licenses issued for the enterprise's License products, for the Licenses page: id,
// product, instance, how it was issued (characters or a file), the device fingerprint, when
// it takes effect and expires, and whether it is valid at "now" (set with the snapshot, so that
// a test can fix the day). The characters are not a column: the page shows the License itself
// only for the row chosen.
#include "licenses/client/licenses_records.h"

#include <QAbstractTableModel>

class LicenseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LicenseColumn,
        ProductColumn,
        InstanceColumn,
        TypeColumn,
        FingerprintColumn,
        EffectiveColumn,
        ExpiresColumn,
        StateColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;          // the licenseId, in every column
    static constexpr int SortRole = Qt::UserRole + 1;    // what the column sorts by
    static constexpr int OrderIdRole = Qt::UserRole + 2; // its order, to show one product's

    explicit LicenseTableModel(QObject *parent = nullptr);

    void setSnapshot(const LicensesSnapshotPtr &snapshot, const QDateTime &now);
    int rowOf(const QString &licenseId) const;
    const IssuedLicense &license(int row) const { return m_licenses.at(row); }
    // "Valid, 200 days left", "Expired on …", "Takes effect on …", at the model's now.
    QString validityText(const IssuedLicense &license) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;
    QList<IssuedLicense> m_licenses;
    QStringList m_products; // by row
    QDateTime m_now;
};
