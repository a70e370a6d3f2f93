#pragma once
// The result codes a seller's server answers the marketplace with (protocol reference §2.3),
// the only ones the reference server uses unless its codesOutsideTable switch is on.
namespace ReferenceCode {
inline constexpr char Success[] = "000000";
inline constexpr char AuthFailed[] = "000001";       // signature, timestamp or nonce
inline constexpr char InvalidParameter[] = "000002"; // the message names the field
inline constexpr char NoSuchInstance[] = "000003";   // refresh, status, release, License
inline constexpr char Processing[] = "000004";       // asynchronous (not used: all sync)
inline constexpr char InternalError[] = "000005";
inline constexpr char ClientSecretUndecryptable[] = "000101"; // applicationSync (§2.3 [C-code])
inline constexpr char LicenseQuotaExhausted[] = "000900";
inline constexpr char LicenseOutsideValidity[] = "000901";
inline constexpr char LicenseNeedsExpiry[] = "000902";
inline constexpr char LicenseNeedsFingerprint[] = "000903";
} // namespace ReferenceCode
