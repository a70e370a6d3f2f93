#pragma once
// The device fingerprint a License is applied for (protocol reference §7.1, the License client
// SDK's convention): MAC|diskSerial|boardSerial|cpuSerial, empty fields kept, several MACs or
// disks joined with ',', the whole string upper case, at most 5 KB. Checked before anything
// else happens, so that a License is never bound to a fingerprint the SDK would not produce.
#include <QString>

namespace DeviceFingerprint {

inline constexpr int kMaxBytes = 5 * 1024;

// "" when `fingerprint` follows the format, else the reason (without the field's name).
QString problem(const QString &fingerprint);

} // namespace DeviceFingerprint
