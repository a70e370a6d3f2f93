#include "licenses/image_renewal.h"

#include <QLocale>
#include <QTimeZone>

namespace {

QString day(const QDateTime &t)
{
    return QLocale().toString(t.date(), QLocale::ShortFormat);
}

} // namespace

ImageRenewalNotice ImageRenewal::assess(const ImageSubscription &image, const QDateTime &now)
{
    using U = ImageRenewalNotice::Urgency;
    ImageRenewalNotice n;
    // Days as the administrator's calendar counts them: ending tomorrow at 00:30 is one day.
    const QDateTime end = image.periodEnd.toTimeZone(now.timeZone());
    n.daysLeft = now.date().daysTo(end.date());
    if (end <= now) {
        n.urgency = U::Expired;
        n.billsOnDemand = image.inUse;
        n.consequence =
            image.inUse
                ? tr("Ended on %1. ECS %2 still runs on this image's system disk, so the image "
                     "has been billed on demand (hourly, from the account balance) since. Renew "
                     "it, or change the ECS's system disk, to stop that.")
                      .arg(day(end), image.ecsInstance)
                : tr("Ended on %1; no ECS uses it, so nothing is billed.").arg(day(end));
        return n;
    }
    if (image.autoRenew) {
        n.consequence = tr("Renews by itself on %1.").arg(day(end));
        return n;
    }
    n.urgency = n.daysLeft <= 1    ? U::Days1
                : n.daysLeft <= 7  ? U::Days7
                : n.daysLeft <= 30 ? U::Days30
                                   : U::None;
    n.consequence = tr("Ends on %1. If it is not renewed by then and ECS %2 keeps running on this "
                       "image's system disk, the image is billed on demand (hourly, from the "
                       "account balance); changing the system disk before then avoids it.")
                        .arg(day(end), image.ecsInstance);
    return n;
}

QList<CalendarEvent> ImageRenewal::calendar(const QList<ImageSubscription> &images,
                                            const QDateTime &now)
{
    QList<CalendarEvent> out;
    for (const ImageSubscription &image : images) {
        const ImageRenewalNotice n = assess(image, now);
        if (n.urgency == ImageRenewalNotice::Urgency::Expired && !n.billsOnDemand)
            continue;
        CalendarEvent e;
        e.uid = image.subscriptionId + QStringLiteral("@marketdesk.renewals");
        // One that ended and still bills goes on today, without reminders of a past date.
        const bool billing = n.urgency == ImageRenewalNotice::Urgency::Expired;
        e.date = billing ? now.date() : image.periodEnd.toTimeZone(now.timeZone()).date();
        e.summary = tr("Image subscription ends: %1 (ECS %2, %3)")
                        .arg(image.imageName, image.ecsInstance, image.region);
        e.description = n.consequence;
        if (!image.autoRenew && !billing)
            e.remindDaysBefore = {30, 7, 1};
        out.append(e);
    }
    return out;
}

QString ImageRenewal::urgencyText(ImageRenewalNotice::Urgency urgency)
{
    using U = ImageRenewalNotice::Urgency;
    switch (urgency) {
    case U::None:
        return {};
    case U::Days30:
        return tr("within 30 days");
    case U::Days7:
        return tr("within 7 days");
    case U::Days1:
        return tr("within a day");
    case U::Expired:
        return tr("ended");
    }
    return {};
}
