#pragma once
// The per-member outcomes of one batch operation, for the result view.
#include "storage/outbox.h"

#include <QAbstractTableModel>

class OperationResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UserNameColumn,
        OutcomeColumn,
        CodeColumn,
        MessageColumn,
        ColumnCount
    };

    explicit OperationResultsModel(QObject *parent = nullptr);
    void setTargets(const QList<Outbox::Target> &targets);
    int failedCount() const;
    QStringList doneUserNames() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Outbox::Target> m_targets;
};
