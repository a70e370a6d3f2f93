#pragma once
// The debugging runs the Seller Center kept for one production address (newest first): when,
// which suite, with which key, the verdict and its tally, and the note the run left.
#include "seller/client/seller_records.h"

#include <QAbstractTableModel>

class SellerRunModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        SuiteColumn,
        KeyColumn,
        VerdictColumn,
        ChecksColumn,
        NoteColumn,
        ColumnCount
    };

    explicit SellerRunModel(QObject *parent = nullptr);

    // The runs of `addressId` in `snapshot`; none when the address is empty.
    void show(const SellerSnapshotPtr &snapshot, const QString &addressId);
    QString addressId() const { return m_addressId; }
    const SellerDebugRun &run(int row) const { return m_runs.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_addressId;
    QList<SellerDebugRun> m_runs; // newest first
};
