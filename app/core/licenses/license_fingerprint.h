#pragma once
// A device fingerprint for a License product, checked against the License client SDK's
// convention before it is sent: `MAC|disk|board|cpu`, four fields with empty ones kept,
// several MACs or disks joined by commas, the whole upper case, at most 5 KB (protocol
// reference §7.1). The message names what is wrong and where; the console shows it beside the
// field and the CLI prints it.
#include <QCoreApplication>
#include <QString>

class LicenseFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(LicenseFingerprint)
public:
    static constexpr int kMaxBytes = 5 * 1024;
    // What is wrong with `fingerprint`, or an empty string when nothing is.
    static QString problem(const QString &fingerprint);
    // What a person most likely meant: surrounding white space (a pasted line's end) gone,
    // upper case. Still to be checked.
    static QString normalised(const QString &fingerprint);
};
