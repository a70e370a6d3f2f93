#pragma once
// The enterprise's yearly and monthly image subscriptions for the Images page: image, the ECS
// it serves, region, the period's end, days left, the renewal flag (ends within 30, 7 or 1
// days; ended and billing on demand), auto-renew and billing. Judged at "now", given with the
// snapshot (ImageRenewal::assess); the flag's tooltip and notice() spell out what the end
// means (protocol reference §10).
#include "licenses/client/licenses_records.h"

#include <QAbstractTableModel>

class ImageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ImageColumn,
        EcsColumn,
        RegionColumn,
        EndsColumn,
        DaysLeftColumn,
        FlagColumn,
        AutoRenewColumn,
        BillingColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;       // the subscriptionId, in every column
    static constexpr int SortRole = Qt::UserRole + 1; // what the column sorts by

    explicit ImageTableModel(QObject *parent = nullptr);

    void setSnapshot(const LicensesSnapshotPtr &snapshot, const QDateTime &now);
    int rowOf(const QString &subscriptionId) const;
    const ImageSubscriptionRecord &image(int row) const { return m_images.at(row); }
    const ImageRenewalNotice &notice(int row) const { return m_notices.at(row); }
    // The flag's words: "Ends within 7 days", "Ended — billing on demand", …
    static QString flagText(const ImageRenewalNotice &notice);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;
    QList<ImageSubscriptionRecord> m_images;
    QList<ImageRenewalNotice> m_notices; // by row
};
