#include "net/retry_policy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QString>

#include <algorithm>

int RetryPolicy::backoffMs(int attempt, QRandomGenerator &random) const
{
    const int shift = std::clamp(attempt - 1, 0, 20);
    const qint64 ceiling = std::min<qint64>(maxDelayMs, qint64(baseDelayMs) << shift);
    return int(random.bounded(ceiling + 1));
}

std::optional<int> RetryPolicy::retryAfterMs(const QByteArray &header, const QDateTime &now) const
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    qint64 ms = 0;
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        ms = seconds * 1000;
    } else {
        const QDateTime when = parseHttpDate(value);
        if (!when.isValid())
            return std::nullopt;
        ms = std::max<qint64>(0, now.msecsTo(when));
    }
    return int(std::min<qint64>(ms, maxRetryAfterMs));
}

QByteArray RetryPolicy::formatHttpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QDateTime RetryPolicy::parseHttpDate(const QByteArray &value)
{
    // IMF-fixdate (RFC 9110 §5.6.7), e.g. "Sun, 06 Nov 1994 08:49:37 GMT", is what servers
    // must send; RFC 2822 forms with a numeric zone are accepted too.
    const QString text = QString::fromLatin1(value.trimmed());
    QDateTime t = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    else
        t = QDateTime::fromString(text, Qt::RFC2822Date);
    // Both forms have a four-digit year; Qt's RFC 2822 reader takes more ("2 Dec 290616").
    if (!t.isValid() || t.toUTC().date().year() < 1970 || t.toUTC().date().year() > 9999)
        return {};
    return t;
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 408 || httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599);
}
