#include "licenses/license_fingerprint.h"

#include <QStringList>

#include <algorithm>

namespace {

QString fieldName(int index)
{
    switch (index) {
    case 0:
        return LicenseFingerprint::tr("MAC");
    case 1:
        return LicenseFingerprint::tr("disk");
    case 2:
        return LicenseFingerprint::tr("board");
    default:
        return LicenseFingerprint::tr("CPU");
    }
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F');
}

// 00:1A:2B:3C:4D:5E, 00-1A-2B-3C-4D-5E or 001A2B3C4D5E (upper case by now).
bool isMac(QStringView s)
{
    if (s.size() == 12)
        return std::all_of(s.begin(), s.end(), isHex);
    if (s.size() != 17)
        return false;
    const QChar sep = s[2];
    if (sep != u':' && sep != u'-')
        return false;
    for (int i = 0; i < 17; ++i) {
        if (i % 3 == 2 ? s[i] != sep : !isHex(s[i]))
            return false;
    }
    return true;
}

} // namespace

QString LicenseFingerprint::problem(const QString &fingerprint)
{
    if (fingerprint.isEmpty())
        return tr("The fingerprint is empty.");
    const qsizetype bytes = fingerprint.toUtf8().size();
    if (bytes > kMaxBytes)
        return tr("The fingerprint is %1 bytes long; at most %2 are allowed.")
            .arg(bytes)
            .arg(kMaxBytes);
    for (qsizetype i = 0; i < fingerprint.size(); ++i) {
        const QChar c = fingerprint[i];
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return tr("Character %1 (U+%2) is not allowed: a fingerprint is printable ASCII.")
                .arg(i + 1)
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    if (fingerprint.front().isSpace() || fingerprint.back().isSpace())
        return tr("The fingerprint starts or ends with a space.");
    const QStringList fields = fingerprint.split(u'|');
    if (fields.size() != 4)
        return tr("The fingerprint has %n field(s) separated by \"|\"; expected 4: "
                  "MAC|disk|board|CPU (empty ones kept).",
                  nullptr, int(fields.size()));
    qsizetype offset = 0;
    bool anything = false;
    for (int f = 0; f < 4; ++f) {
        const QString &field = fields[f];
        for (qsizetype i = 0; i < field.size(); ++i)
            if (field[i].isLower())
                return tr("The fingerprint must be upper case: \"%1\" at character %2 (%3 field).")
                    .arg(field[i])
                    .arg(offset + i + 1)
                    .arg(fieldName(f));
        anything |= !field.isEmpty();
        // Several MACs or disks are joined by commas; an empty one between them is a slip.
        if (!field.isEmpty() && field.split(u',').contains(QString()))
            return tr("The %1 field has an empty entry between commas.").arg(fieldName(f));
        if (f == 0 && !field.isEmpty()) {
            const QStringList macs = field.split(u',');
            for (qsizetype m = 0; m < macs.size(); ++m)
                if (!isMac(macs[m]))
                    return tr("MAC field, entry %1: \"%2\" is not a MAC address "
                              "(00:1A:2B:3C:4D:5E).")
                        .arg(m + 1)
                        .arg(macs[m].left(40));
        }
        offset += field.size() + 1;
    }
    if (!anything)
        return tr("All four fields of the fingerprint are empty.");
    return {};
}

QString LicenseFingerprint::normalised(const QString &fingerprint)
{
    return fingerprint.trimmed().toUpper();
}
