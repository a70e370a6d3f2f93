#pragma once
// The reclaim list of one app for the License inventory page: who holds a seat that could go
// back (deleted at the server, disabled, never used), and since when.
#include "apps/reclaim_list.h"

#include <QAbstractTableModel>

class ReclaimListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UserNameColumn,
        ReasonColumn,
        GrantedColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ReclaimListModel(QObject *parent = nullptr);

    void setCandidates(const QString &appId, const QList<ReclaimCandidate> &candidates);
    QString appId() const { return m_appId; }
    QStringList userNames() const;
    const ReclaimCandidate &candidate(int row) const { return m_candidates.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_appId;
    QList<ReclaimCandidate> m_candidates;
};
