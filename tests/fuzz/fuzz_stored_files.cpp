// Small files and values the console reads back from disk or from a server's headers: an
// audit export's manifest, the journal's anchor, Retry-After dates, a device fingerprint typed
// or pasted for a License.
#include "fuzz/fuzz_support.h"
#include "licenses/license_fingerprint.h"
#include "net/retry_policy.h"
#include "storage/audit_manifest.h"
#include "storage/journal_anchor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    AuditManifest manifest;
    QString error;
    if (!AuditManifest::fromJson(input, &manifest, &error))
        FUZZ_REQUIRE(!error.isEmpty(), "a refused manifest says why");

    JournalAnchor anchor;
    error.clear();
    if (JournalAnchor::parse(input, &anchor, &error)) {
        JournalAnchor again;
        QString secondError;
        FUZZ_REQUIRE(JournalAnchor::parse(anchor.serialize(), &again, &secondError),
                     "an anchor's own form reads back");
        FUZZ_REQUIRE(again.serialize() == anchor.serialize(), "an anchor reads back unchanged");
    } else {
        FUZZ_REQUIRE(!error.isEmpty(), "a refused anchor says why");
    }

    const QDateTime date = RetryPolicy::parseHttpDate(input);
    if (date.isValid())
        FUZZ_REQUIRE(RetryPolicy::parseHttpDate(RetryPolicy::formatHttpDate(date)) == date,
                     "an HTTP date written reads back");

    const QString fingerprint = QString::fromUtf8(input);
    if (LicenseFingerprint::problem(fingerprint).isEmpty())
        FUZZ_REQUIRE(
            LicenseFingerprint::problem(LicenseFingerprint::normalised(fingerprint)).isEmpty(),
            "a normalised fingerprint is still one");
    return 0;
}
