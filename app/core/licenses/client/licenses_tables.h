#pragma once
// The licenses domain's lists as table rows, for the CSV exports of the console's Licenses and
// Orders pages (storage/csv_table.h writes them): the Licenses issued — never their
// characters, which are the License itself and leave only through "Save License" — and the
// image subscriptions with their renewal flag (30, 7, 1 days, ended) and what the end means.
// Column names are the API's field names, so that a spreadsheet reads like the records.
#include "licenses/client/licenses_records.h"

#include <QStringList>

class LicensesTables
{
public:
    // Where a License stands at `now`: "valid", "expired" or "pending" (not effective yet).
    static QString licenseState(const IssuedLicense &license, const QDateTime &now);
    // The product the License was issued for, from its order (empty when not in `snapshot`).
    static QString productOf(const IssuedLicense &license, const LicensesSnapshot &snapshot);

    static QStringList licenseHeader();
    static QStringList licenseFields(const IssuedLicense &license, const LicensesSnapshot &snapshot,
                                     const QDateTime &now);

    static QStringList imageHeader();
    static QStringList imageFields(const ImageSubscriptionRecord &image, const QDateTime &now);
    // The image columns written as numbers (days left, prices).
    static QList<int> imageNumericColumns();
    // The renewal flag as the CSV writes it: "30", "7", "1", "ended" or empty.
    static QString flagCode(ImageRenewalNotice::Urgency urgency);
};
