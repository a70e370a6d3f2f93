#pragma once
// The licenses domain's result codes (docs/api.md, "Orders, Licenses and images"): KooGallery's
// own License codes where they fit (protocol reference §2.3, 000900–000903) and 040xxx for the
// rest. The sandbox answers them and the licenses client (licenses/client/) reads them.
#include "net/result_code.h"

namespace ResultCode {
inline constexpr char LicenseQuotaUsed[] = "000900";    // the order has no License left
inline constexpr char OutsideValidity[] = "000901";     // apply within the order's period
inline constexpr char FingerprintRequired[] = "000903"; // the product binds to a device
inline constexpr char OrderNotFound[] = "040001";       // order or instance
inline constexpr char LicenseNotFound[] = "040002";
inline constexpr char NotLicenseProduct[] = "040003";
inline constexpr char ImageNotFound[] = "040004";
} // namespace ResultCode
