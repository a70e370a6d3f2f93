#include "seller/debugger/secret_mask.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace {

const QString kHidden = QStringLiteral("••••");

} // namespace

void SecretMask::addSecret(const QByteArray &secret)
{
    // Very short values would scrub ordinary text; the keys and generated secrets are long.
    if (secret.size() >= 6 && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString SecretMask::shorten(QByteArrayView value)
{
    if (value.isEmpty())
        return {};
    return QString::fromLatin1(value.first(std::min<qsizetype>(6, value.size()))) +
           QStringLiteral("…(%1)").arg(value.size());
}

QString SecretMask::url(const QUrl &url) const
{
    QUrl masked = url;
    masked.setUserInfo(QString());
    if (masked.hasQuery()) {
        const QString query = masked.query(QUrl::FullyEncoded);
        QStringList parts = query.split(u'&');
        for (QString &part : parts) {
            for (const char *name : {"signature=", "authToken="}) {
                if (part.startsWith(QLatin1String(name))) {
                    const QByteArray value = QByteArray::fromPercentEncoding(
                        part.mid(qsizetype(qstrlen(name))).toLatin1());
                    part = QLatin1String(name) +
                           QString::fromUtf8(QUrl::toPercentEncoding(shorten(value), "…()"));
                }
            }
        }
        masked.setQuery(parts.join(u'&'), QUrl::TolerantMode);
    }
    return scrub(masked.toDisplayString());
}

QString SecretMask::header(const QByteArray &name, const QByteArray &value) const
{
    const QByteArray lower = name.toLower();
    if (lower == "x-sign" || lower == "authtoken" || lower == "signature" ||
        lower == "authorization")
        return shorten(value);
    if (lower == "body-sign") {
        static const QRegularExpression sig(QStringLiteral("(signature\\s*=\\s*\")([^\"]*)(\")"));
        QString text = QString::fromLatin1(value);
        const auto m = sig.match(text);
        if (m.hasMatch())
            text.replace(m.capturedStart(2), m.capturedLength(2),
                         shorten(m.captured(2).toLatin1()));
        return scrub(text);
    }
    return scrub(QString::fromUtf8(value));
}

QString SecretMask::body(QByteArrayView body) const
{
    static const QRegularExpression secretField(QStringLiteral(
        "(\"(?:clientSecret|client_secret|password|access_token|refresh_token)\"\\s*:"
        "\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")"));
    QString text = QString::fromUtf8(body);
    QString out;
    qsizetype at = 0;
    auto it = secretField.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(at, m.capturedStart(2) - at);
        out += m.capturedLength(2) == 0
                   ? QString()
                   : kHidden + QStringLiteral(" (%1)").arg(m.capturedLength(2));
        at = m.capturedEnd(2);
    }
    out += QStringView(text).mid(at);
    // A form (the login's token call): the same fields, and the code, as name=value pairs.
    static const QRegularExpression formField(QStringLiteral(
        "((?:^|&)(?:client_secret|code|password|access_token|refresh_token)=)([^&]*)"));
    if (!out.startsWith(u'{') && !out.startsWith(u'['))
        out.replace(formField, QStringLiteral("\\1") + kHidden);
    return scrub(out);
}

QString SecretMask::scrub(QString text) const
{
    for (const QByteArray &secret : m_secrets) {
        text.replace(QString::fromUtf8(secret), kHidden);
        // As it would travel in a query string.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded.size() != secret.size())
            text.replace(encoded, kHidden);
    }
    return text;
}
