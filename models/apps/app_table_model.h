#pragma once
// The purchased apps for the Apps page: name, seller, edition, the switch, seats, the
// period's end, the login address and the licence agreement. Read from an AppsSnapshot; a
// disabled app reads grey and says so.
#include "apps/client/apps_records.h"

#include <QAbstractTableModel>

class AppTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SellerColumn,
        EditionColumn,
        SwitchColumn,
        SeatsColumn,
        PeriodEndColumn,
        LoginColumn,
        AgreementColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;       // the appId, in every column
    static constexpr int SortRole = Qt::UserRole + 1; // what the column sorts by

    explicit AppTableModel(QObject *parent = nullptr);

    void setSnapshot(const AppsSnapshotPtr &snapshot);
    int rowOf(const QString &appId) const;
    const PurchasedApp &app(int row) const { return m_apps.at(row); }
    // Why an app takes no grants now (agreement, login address), or empty.
    static QString grantBlocker(const PurchasedApp &app);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PurchasedApp> m_apps;
};
