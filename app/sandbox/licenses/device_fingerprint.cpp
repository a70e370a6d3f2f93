#include "sandbox/licenses/device_fingerprint.h"

#include <QRegularExpression>
#include <QStringList>

namespace DeviceFingerprint {

QString problem(const QString &fingerprint)
{
    const qsizetype bytes = fingerprint.toUtf8().size();
    if (bytes > kMaxBytes)
        return QStringLiteral("at most %1 bytes (5 KB), got %2").arg(kMaxBytes).arg(bytes);
    const QStringList fields = fingerprint.split(u'|');
    if (fields.size() != 4)
        return QStringLiteral("expected 4 fields MAC|disk|board|cpu separated by '|', got %1")
            .arg(fields.size());
    if (fingerprint != fingerprint.toUpper())
        return QStringLiteral("must be upper case, as the License SDK writes it (e.g. "
                              "00:1A:2B:3C:4D:5E|S3Z9NB0K|PF2ABC12|BFEBFBFF000906EA)");
    static const char *kNames[] = {"MAC", "disk", "board", "cpu"};
    for (int f = 0; f < 4; ++f)
        for (const QChar c : fields[f])
            if (c.unicode() < 0x20 || c.unicode() > 0x7e)
                return QStringLiteral("field %1 (%2): only printable ASCII is allowed")
                    .arg(f + 1)
                    .arg(QLatin1String(kNames[f]));
    if (fields.join(QString()).isEmpty())
        return QStringLiteral("all four fields are empty");
    static const QRegularExpression mac(
        QStringLiteral("^[0-9A-F]{2}([:-]?)[0-9A-F]{2}(\\1[0-9A-F]{2}){4}$"));
    if (!fields[0].isEmpty())
        for (const QString &m : fields[0].split(u','))
            if (!mac.match(m).hasMatch())
                return QStringLiteral("field 1 (MAC): \"%1\" is not a MAC address (six hex "
                                      "pairs, e.g. 00:1A:2B:3C:4D:5E; several joined with ',')")
                    .arg(m.left(32));
    for (int f = 1; f < 4; ++f)
        if (fields[f].split(u',').contains(QString()) && !fields[f].isEmpty())
            return QStringLiteral("field %1 (%2): an empty entry in its ',' list")
                .arg(f + 1)
                .arg(QLatin1String(kNames[f]));
    return {};
}

} // namespace DeviceFingerprint
