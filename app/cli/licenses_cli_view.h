#pragma once
// How `marketdesk-cli licenses apply | orders | images` shows records and outcomes: one line per
// order, one per image subscription ending soon with what its end costs (ImageRenewal), and
// what a License application came to — its id and, for a License issued as characters, the
// characters, which this program prints only here, on request, and never journals or logs.
#include "licenses/client/licenses_outcome.h"
#include "licenses/client/licenses_service.h"

#include <QCoreApplication>
#include <QDateTime>

class LicensesCliView
{
    Q_DECLARE_TR_FUNCTIONS(LicensesCliView)

public:
    static void orders(const LicensesSnapshot &s, const OrderFilter &filter);
    // The subscriptions that end within `days` of `now`, and those past their end whose ECS
    // still runs on them (billed on demand); returns how many were listed.
    static int expiring(const LicensesSnapshot &s, int days, const QDateTime &now);
    // Prints the outcome (stdout when done, stderr otherwise); returns its exit code: 0 done,
    // 1 refused, in conflict or kept.
    static int outcome(const LicensesOutcome &outcome);
};
