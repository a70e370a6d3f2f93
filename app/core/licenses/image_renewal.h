#pragma once
// Yearly/monthly image subscriptions and what their end means (protocol reference §10): an
// image serves one ECS; not renewed while that ECS keeps running on the image's system disk,
// it bills on demand, hourly, from the account balance. This flags the ones ending within 30,
// 7 or 1 days, spells out the consequence, and turns the dates into calendar events.
#include "licenses/ics_calendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

struct ImageSubscription
{
    QString subscriptionId; // stable: the calendar event's UID comes from it
    QString imageName;
    QString ecsInstance; // the ECS it serves
    QString region;
    QDateTime periodEnd;
    bool autoRenew = false;
    bool inUse = true; // the ECS still runs on the image's system disk
};

struct ImageRenewalNotice
{
    enum class Urgency
    {
        None, // more than 30 days left, or renewing by itself
        Days30,
        Days7,
        Days1,
        Expired
    };
    Urgency urgency = Urgency::None;
    qint64 daysLeft = 0;        // whole days from today to the end's day; negative once past
    bool billsOnDemand = false; // past its end with the ECS still on it
    QString consequence;        // one or two sentences for the list, the CLI and the calendar
};

class ImageRenewal
{
    Q_DECLARE_TR_FUNCTIONS(ImageRenewal)
public:
    static ImageRenewalNotice assess(const ImageSubscription &image, const QDateTime &now);
    // One all-day event on each end date, reminding 30, 7 and 1 days before; those already
    // past and out of use are left out.
    static QList<CalendarEvent> calendar(const QList<ImageSubscription> &images,
                                         const QDateTime &now);
    static QString urgencyText(ImageRenewalNotice::Urgency urgency);
};
