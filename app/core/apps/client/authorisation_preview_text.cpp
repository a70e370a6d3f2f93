#include "apps/client/authorisation_preview_text.h"

namespace {
constexpr int kNamesShown = 12;
}

QString AuthorisationPreviewText::summary(const AuthorisationDraft::Preview &p)
{
    if (p.isEmpty())
        return tr("No changes yet: tick members, departments or groups to grant, untick to "
                  "revoke.");
    QStringList parts;
    parts << tr("%n member(s) gain access", nullptr, int(p.gaining.size()));
    parts << tr("%n lose access", nullptr, int(p.losing.size()));
    parts << tr("seats free: %1 now, %2 after").arg(p.freeNow).arg(p.freeAfter);
    if (p.takenByWaiting > 0)
        parts << tr("%n free seat(s) go first to members already waiting", nullptr,
                    p.takenByWaiting);
    if (p.seatedAgain > 0)
        parts << tr("%n member(s) give their seat back with a revoke and need one again from "
                    "a new grant",
                    nullptr, p.seatedAgain);
    return parts.join(QStringLiteral("; ")) + u'.';
}

QString AuthorisationPreviewText::blocker(const AuthorisationDraft::Preview &p)
{
    if (p.shortOfSeats())
        return tr("The grants need %n seat(s) more than will be free; the server would refuse "
                  "them whole. Buy seats, reclaim some, or grant fewer.",
                  nullptr, -p.freeAfter);
    if (p.disabledByHand > 0)
        return tr("%n disabled member(s) are ticked by hand; disabled members cannot use apps, "
                  "so enable them first.",
                  nullptr, p.disabledByHand);
    return {};
}

QString AuthorisationPreviewText::names(const QStringList &userNames)
{
    QStringList all = userNames;
    all.sort();
    const QStringList shown = all.mid(0, kNamesShown);
    QString out = shown.join(QStringLiteral(", "));
    if (userNames.size() > kNamesShown)
        out += tr(" and %n more", nullptr, int(userNames.size() - kNamesShown));
    return out;
}

QString AuthorisationPreviewText::confirmation(const QString &appName,
                                               const AuthorisationDraft::Preview &p)
{
    QStringList lines;
    // One arg() call: a name holding "%2" must not take the numbers.
    lines << tr("Change who may use %1: %2 grant(s) and %3 revoke(s), revokes first.")
                 .arg(appName, QString::number(p.grants.size()), QString::number(p.revokes.size()));
    if (!p.gaining.isEmpty())
        lines << tr("Gaining access (%1): %2").arg(p.gaining.size()).arg(names(p.gaining));
    if (!p.losing.isEmpty())
        lines << tr("Losing access (%1): %2").arg(p.losing.size()).arg(names(p.losing));
    lines << tr("Seats: %1 free now; %2 released by the revokes; %3 to members already waiting; "
                "%4 needed by the grants; %5 free after.")
                 .arg(p.freeNow)
                 .arg(p.seatsReleased)
                 .arg(p.takenByWaiting)
                 .arg(p.seatsNeeded)
                 .arg(p.freeAfter);
    lines << tr("Each target's outcome is recorded in the audit journal; failed ones can be "
                "retried from the next window.");
    return lines.join(u'\n');
}
