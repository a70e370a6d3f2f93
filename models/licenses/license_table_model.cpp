#include "models/licenses/license_table_model.h"

#include "licenses/client/licenses_tables.h"
#include "models/common/plain_tooltip.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QTimeZone>

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

LicenseTableModel::LicenseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LicenseTableModel::setSnapshot(const LicensesSnapshotPtr &snapshot, const QDateTime &now)
{
    QList<IssuedLicense> licenses = snapshot ? snapshot->licenses : QList<IssuedLicense>();
    QStringList products;
    for (const IssuedLicense &l : licenses)
        products.append(LicensesTables::productOf(l, *snapshot));
    bool sameRows = licenses.size() == m_licenses.size();
    for (qsizetype i = 0; sameRows && i < licenses.size(); ++i)
        sameRows = licenses.at(i).licenseId == m_licenses.at(i).licenseId;
    m_now = now;
    if (sameRows) {
        m_licenses = std::move(licenses);
        m_products = std::move(products);
        if (!m_licenses.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_licenses.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_licenses = std::move(licenses);
    m_products = std::move(products);
    endResetModel();
}

int LicenseTableModel::rowOf(const QString &licenseId) const
{
    for (qsizetype i = 0; i < m_licenses.size(); ++i)
        if (m_licenses.at(i).licenseId == licenseId)
            return int(i);
    return -1;
}

QString LicenseTableModel::validityText(const IssuedLicense &l) const
{
    const QString state = LicensesTables::licenseState(l, m_now);
    if (state == u"pending")
        return tr("Takes effect on %1").arg(when(l.effectiveTime));
    if (state == u"expired")
        return tr("Expired on %1").arg(when(l.expireTime));
    if (!l.expireTime.isValid())
        return tr("Valid");
    const qint64 days = m_now.date().daysTo(l.expireTime.toTimeZone(m_now.timeZone()).date());
    return tr("Valid, %n day(s) left", nullptr, int(days));
}

int LicenseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_licenses.size());
}

int LicenseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LicenseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IssuedLicense &l = m_licenses.at(index.row());
    switch (role) {
    case IdRole:
        return l.licenseId;
    case OrderIdRole:
        return l.orderId;
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        return plainToolTip(display(index.row(), index.column()));
    case Qt::ForegroundRole:
        if (LicensesTables::licenseState(l, m_now) != u"valid")
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case SortRole:
        switch (index.column()) {
        case EffectiveColumn:
            return l.effectiveTime;
        case ExpiresColumn:
            return l.expireTime;
        default:
            return display(index.row(), index.column());
        }
    }
    return {};
}

QVariant LicenseTableModel::display(int row, int column) const
{
    const IssuedLicense &l = m_licenses.at(row);
    switch (column) {
    case LicenseColumn:
        return l.licenseId;
    case ProductColumn:
        return m_products.value(row);
    case InstanceColumn:
        return l.instanceId;
    case TypeColumn:
        return l.file ? tr("File") : tr("Characters");
    case FingerprintColumn:
        return l.deviceFingerprint;
    case EffectiveColumn:
        return when(l.effectiveTime);
    case ExpiresColumn:
        return when(l.expireTime);
    case StateColumn:
        return validityText(l);
    }
    return {};
}

QVariant LicenseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LicenseColumn:
        return tr("License");
    case ProductColumn:
        return tr("Product");
    case InstanceColumn:
        return tr("Instance");
    case TypeColumn:
        return tr("Issued as");
    case FingerprintColumn:
        return tr("Device fingerprint");
    case EffectiveColumn:
        return tr("Effective");
    case ExpiresColumn:
        return tr("Expires");
    case StateColumn:
        return tr("Validity");
    }
    return {};
}
