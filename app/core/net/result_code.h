#pragma once
// Result codes every endpoint of the console API may answer (docs/api.md), KooGallery's where
// they fit. A domain adds its own to the same namespace in its own header.
namespace ResultCode {
inline constexpr char Success[] = "000000";
inline constexpr char AuthFailed[] = "000001";
inline constexpr char InvalidParameter[] = "000002";
inline constexpr char InternalError[] = "000005";
inline constexpr char VersionConflict[] = "010003";
inline constexpr char IdempotencyMismatch[] = "010008";
inline constexpr char RateLimited[] = "010009";
inline constexpr char Unavailable[] = "010010";
inline constexpr char TokenExpired[] = "010011";
inline constexpr char Forbidden[] = "010012";
} // namespace ResultCode
