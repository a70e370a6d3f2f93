#include "cli/licenses_cli_view.h"

#include "cli/cli_output.h"
#include "licenses/image_renewal.h"

using CliOutput::err;
using CliOutput::out;

namespace {

QString day(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().date().toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace

void LicensesCliView::orders(const LicensesSnapshot &s, const OrderFilter &filter)
{
    int shown = 0;
    for (const Order &o : s.orders) {
        if (!filter.matches(o))
            continue;
        ++shown;
        QString line =
            QStringLiteral("%1\t%2\t%3/%4\t%5 %6\t%7 – %8\t%9")
                .arg(o.orderId, o.productType, o.status, o.instance.status, o.amount, o.currency,
                     day(o.instance.periodStart), day(o.instance.periodEnd), o.productName);
        line += u'\t' + o.instance.instanceId;
        if (o.license)
            line += u'\t' + tr("Licenses %1 of %2 (%3)")
                                .arg(o.license->issued)
                                .arg(o.license->quota)
                                .arg(o.license->type);
        out(line);
    }
    out(tr("%n order(s).", nullptr, shown));
}

int LicensesCliView::expiring(const LicensesSnapshot &s, int days, const QDateTime &now)
{
    int shown = 0;
    for (const ImageSubscriptionRecord &i : s.images) {
        const ImageRenewalNotice n = ImageRenewal::assess(i.forRenewal(), now);
        const bool ended = n.urgency == ImageRenewalNotice::Urgency::Expired;
        // Ended and out of use costs nothing more: not worth a line.
        if (ended ? !n.billsOnDemand : n.daysLeft > days)
            continue;
        ++shown;
        const QString when = ended ? tr("ended %n day(s) ago", nullptr, int(-n.daysLeft))
                             : n.daysLeft == 0 ? tr("ends today")
                                               : tr("ends in %n day(s)", nullptr, int(n.daysLeft));
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                .arg(i.subscriptionId, day(i.periodEnd), when, i.imageName,
                     i.forRenewal().ecsInstance, i.region));
        QString billing = n.consequence;
        if (n.billsOnDemand)
            billing +=
                u' ' + tr("On demand: %1 %2 an hour.").arg(i.onDemandHourlyPrice, i.currency);
        out(QStringLiteral("    ") + billing);
    }
    out(tr("%n image subscription(s) end within %1 day(s) or bill on demand.", nullptr, shown)
            .arg(days));
    return shown;
}

int LicensesCliView::outcome(const LicensesOutcome &o)
{
    const QString recovered =
        o.recovered ? tr("Sent before an interruption and answered now: ") : QString();
    switch (o.state) {
    case LicensesOutcome::State::Done: {
        out(recovered + o.message);
        const QString characters = o.record.value(u"characters").toString();
        const QJsonObject file = o.record.value(u"file").toObject();
        if (o.action == u"licenses.apply" && !characters.isEmpty())
            out(characters);
        else if (o.action == u"licenses.apply" && !file.isEmpty())
            out(tr("Issued as the file %1 (%2 bytes, SHA-256 %3).")
                    .arg(file.value(u"fileName").toString())
                    .arg(file.value(u"size").toInteger())
                    .arg(file.value(u"sha256").toString()));
        return 0;
    }
    case LicensesOutcome::State::Kept:
        err(recovered + o.message);
        return 1;
    case LicensesOutcome::State::Conflict:
        err(recovered + tr("%1 %2: %3 (%4). The subscription as it is now renews by itself: %5.")
                            .arg(o.action, o.target, o.message, o.code,
                                 o.current.value(u"autoRenew").toBool() ? tr("yes") : tr("no")));
        return 1;
    case LicensesOutcome::State::Refused:
        err(recovered +
            (o.field.isEmpty() || o.message.startsWith(o.field + u':')
                 ? tr("%1 %2 refused (%3): %4").arg(o.action, o.target, o.code, o.message)
                 : tr("%1 %2 refused (%3): %4: %5")
                       .arg(o.action, o.target, o.code, o.field, o.message)));
        return 1;
    }
    return 1;
}
