#include "storage/journal_anchor.h"

#include "net/json_fields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

QByteArray JournalAnchor::serialize() const
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("v"), 1},
                           {QStringLiteral("count"), count},
                           {QStringLiteral("head"), QString::fromLatin1(head)},
                           {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}})
        .toJson(QJsonDocument::Compact);
}

bool JournalAnchor::parse(const QByteArray &bytes, JournalAnchor *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (!doc.isObject()) {
        *error = tr("the journal anchor is not a JSON object (%1)").arg(pe.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt() != 1) {
        *error = tr("the journal anchor has an unknown version \"v\"");
        return false;
    }
    const QJsonValue count = o.value(QStringLiteral("count"));
    qint64 entries = 0;
    if (!JsonFields::wholeNumber(count, 1, &entries)) {
        *error = tr("the journal anchor's \"count\" is not a positive whole number");
        return false;
    }
    static const QRegularExpression hex(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{64}")));
    const QString head = o.value(QStringLiteral("head")).toString();
    if (!hex.match(head).hasMatch()) {
        *error = tr("the journal anchor's \"head\" is not a SHA-256 in hex");
        return false;
    }
    const QDateTime at =
        QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (!at.isValid()) {
        *error = tr("the journal anchor's \"at\" is not an ISO 8601 time");
        return false;
    }
    out->count = entries;
    out->head = head.toLatin1();
    out->at = at.toUTC();
    return true;
}
