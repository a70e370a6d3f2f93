#include "models/common/operation_results_model.h"
#include "resources/status_colours.h"

#include "models/common/plain_tooltip.h"

#include <QColor>

OperationResultsModel::OperationResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OperationResultsModel::setKeyLabel(std::function<QString(const QString &)> label,
                                        const QString &header)
{
    beginResetModel();
    m_label = std::move(label);
    m_header = header;
    endResetModel();
}

void OperationResultsModel::setTargets(const QList<Outbox::Target> &targets)
{
    beginResetModel();
    m_targets = targets;
    // Failures first: they are what the administrator has to look at.
    std::stable_sort(m_targets.begin(), m_targets.end(),
                     [](const Outbox::Target &a, const Outbox::Target &b) {
                         return int(a.state == Outbox::TargetState::Failed) >
                                int(b.state == Outbox::TargetState::Failed);
                     });
    endResetModel();
}

int OperationResultsModel::failedCount() const
{
    return int(std::count_if(m_targets.begin(), m_targets.end(), [](const Outbox::Target &t) {
        return t.state == Outbox::TargetState::Failed;
    }));
}

QStringList OperationResultsModel::doneKeys() const
{
    QStringList out;
    for (const Outbox::Target &t : m_targets)
        if (t.state == Outbox::TargetState::Done)
            out.append(t.key);
    return out;
}

int OperationResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int OperationResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Outbox::Target &t = m_targets.at(index.row());
    if (role == Qt::ForegroundRole && t.state == Outbox::TargetState::Failed)
        return StatusColours::text(StatusColours::Kind::Error, StatusColours::applicationPalette());
    if (role == Qt::ToolTipRole)
        return plainToolTip(data(index, Qt::DisplayRole));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UserNameColumn:
        return m_label ? m_label(t.key) : t.key;
    case OutcomeColumn:
        switch (t.state) {
        case Outbox::TargetState::Done:
            return tr("Done");
        case Outbox::TargetState::Failed:
            return tr("Failed");
        case Outbox::TargetState::Pending:
            return tr("Pending");
        }
        return {};
    case CodeColumn:
        return t.resultCode;
    case MessageColumn:
        return t.message;
    }
    return {};
}

QVariant OperationResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserNameColumn:
        return m_header.isEmpty() ? tr("User name") : m_header;
    case OutcomeColumn:
        return tr("Outcome");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Reason");
    }
    return {};
}
