#include "models/apps/app_table_model.h"

#include "models/common/plain_tooltip.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

AppTableModel::AppTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AppTableModel::setSnapshot(const AppsSnapshotPtr &snapshot)
{
    // Rows keep their place when only values change (a switch, a counter): the view keeps its
    // selection and scroll position.
    QList<PurchasedApp> apps = snapshot ? snapshot->apps : QList<PurchasedApp>();
    bool sameRows = apps.size() == m_apps.size();
    for (qsizetype i = 0; sameRows && i < apps.size(); ++i)
        sameRows = apps.at(i).appId == m_apps.at(i).appId;
    if (sameRows) {
        m_apps = std::move(apps);
        if (!m_apps.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_apps.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_apps = std::move(apps);
    endResetModel();
}

int AppTableModel::rowOf(const QString &appId) const
{
    for (qsizetype i = 0; i < m_apps.size(); ++i)
        if (m_apps.at(i).appId == appId)
            return int(i);
    return -1;
}

QString AppTableModel::grantBlocker(const PurchasedApp &a)
{
    if (!a.agreementAccepted)
        return tr("The licence agreement is not accepted yet; accept it before granting.");
    if (a.loginType == u"per-tenant" && !a.loginDomainSet)
        return tr("This app logs in at an address per enterprise, and its seller has not set "
                  "yours yet; ask the seller (%1).")
            .arg(a.seller);
    return {};
}

int AppTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size());
}

int AppTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PurchasedApp &a = m_apps.at(index.row());
    switch (role) {
    case IdRole:
        return a.appId;
    case Qt::ForegroundRole:
        if (!a.enabled)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LoginColumn || index.column() == AgreementColumn) {
            const QString why = grantBlocker(a);
            return why.isEmpty() ? plainToolTip(data(index, Qt::DisplayRole)) : plainToolTip(why);
        }
        return plainToolTip(data(index, Qt::DisplayRole));
    case SortRole:
        switch (index.column()) {
        case SeatsColumn:
            return a.seatsAssigned;
        case PeriodEndColumn:
            return a.periodEnd;
        case SwitchColumn:
            return a.enabled;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return a.name;
    case SellerColumn:
        return a.seller;
    case EditionColumn:
        return a.edition;
    case SwitchColumn:
        return a.enabled ? tr("On") : tr("Off");
    case SeatsColumn:
        return tr("%1 of %2 (%3 free)").arg(a.seatsAssigned).arg(a.seatsBought).arg(a.seatsFree);
    case PeriodEndColumn:
        return a.periodEnd.isValid()
                   ? QLocale().toString(a.periodEnd.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    case LoginColumn:
        if (a.loginType == u"per-tenant")
            return a.loginDomainSet ? a.loginUrl : tr("Per enterprise — not set by the seller");
        return tr("Shared");
    case AgreementColumn:
        return a.agreementAccepted ? tr("Accepted") : tr("Not accepted");
    }
    return {};
}

QVariant AppTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("App");
    case SellerColumn:
        return tr("Seller");
    case EditionColumn:
        return tr("Edition");
    case SwitchColumn:
        return tr("Switch");
    case SeatsColumn:
        return tr("Seats assigned");
    case PeriodEndColumn:
        return tr("Period ends");
    case LoginColumn:
        return tr("Login address");
    case AgreementColumn:
        return tr("Licence agreement");
    }
    return {};
}
