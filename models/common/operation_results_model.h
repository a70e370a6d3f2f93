#pragma once
// The per-target outcomes of one batch operation (members of an organisation batch, members,
// departments and groups of a grant), for the result view. Failures first.
#include "storage/outbox.h"

#include <QAbstractTableModel>

#include <functional>

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
    // How a target key is shown (the outbox's key by default) and the first column's title.
    void setKeyLabel(std::function<QString(const QString &)> label, const QString &header);
    void setTargets(const QList<Outbox::Target> &targets);
    int failedCount() const;
    QStringList doneKeys() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Outbox::Target> m_targets;
    std::function<QString(const QString &)> m_label;
    QString m_header;
};
