#include "sandbox/reference/reference_faults.h"

#include <utility>
#include <vector>

namespace {

// Every boolean switch by its JSON name.
std::vector<std::pair<const char *, bool ReferenceFaults::*>> switches()
{
    return {{"acceptAnySignature", &ReferenceFaults::acceptAnySignature},
            {"acceptOldTimestamp", &ReferenceFaults::acceptOldTimestamp},
            {"acceptReplayedNonce", &ReferenceFaults::acceptReplayedNonce},
            {"newInstanceForRepeatedOrder", &ReferenceFaults::newInstanceForRepeatedOrder},
            {"newLicenseForRepeatedEvent", &ReferenceFaults::newLicenseForRepeatedEvent},
            {"duplicateKitRows", &ReferenceFaults::duplicateKitRows},
            {"slow", &ReferenceFaults::slow},
            {"codesOutsideTable", &ReferenceFaults::codesOutsideTable},
            {"wrongBodySign", &ReferenceFaults::wrongBodySign},
            {"clientSecretUndecryptable", &ReferenceFaults::clientSecretUndecryptable},
            {"loginSkipsSecret", &ReferenceFaults::loginSkipsSecret},
            {"loginIgnoresTenant", &ReferenceFaults::loginIgnoresTenant}};
}

} // namespace

QString ReferenceFaults::configure(const QJsonObject &json)
{
    ReferenceFaults next;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &k = it.key();
        if (k == u"slowMs") {
            const double v = it->toDouble(-1);
            if (!it->isDouble() || v < 0 || v > 600'000 || v != double(qint64(v)))
                return QStringLiteral("slowMs: expected milliseconds from 0 to 600000");
            next.slowMs = int(v);
            continue;
        }
        bool known = false;
        for (const auto &[name, member] : switches()) {
            if (k != QLatin1String(name))
                continue;
            if (!it->isBool())
                return QStringLiteral("%1: expected true or false").arg(k);
            next.*member = it->toBool();
            known = true;
        }
        if (!known)
            return QStringLiteral("unknown switch \"%1\"").arg(k);
    }
    *this = next;
    return {};
}

QJsonObject ReferenceFaults::toJson() const
{
    QJsonObject o;
    for (const auto &[name, member] : switches())
        o.insert(QLatin1String(name), this->*member);
    o.insert(QStringLiteral("slowMs"), slowMs);
    return o;
}

QString ReferenceFaults::answerCode(const QString &code) const
{
    if (!codesOutsideTable || code.isEmpty())
        return code;
    return u'9' + code.mid(1);
}
