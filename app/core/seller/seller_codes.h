#pragma once
// Result codes of the Seller Center's endpoints (docs/api.md, "Seller Center"), beside the
// shared ones in net/result_code.h: the sandbox answers with them and the seller's client
// reads them, from this one list.
namespace SellerCode {
inline constexpr char KeyNotFound[] = "020001";
inline constexpr char AddressNotFound[] = "020002";
inline constexpr char CredentialNotFound[] = "020003";
inline constexpr char KeyBound[] = "020004";
inline constexpr char SameKeyTwice[] = "020005";
inline constexpr char KeyNotDebugged[] = "020006";
inline constexpr char AddressNotReady[] = "020007";
inline constexpr char FieldLocked[] = "020008";
inline constexpr char LoginUrlTaken[] = "020009";
inline constexpr char AddressInUse[] = "020010";
inline constexpr char TestAccountExists[] = "020011";
inline constexpr char DebugRunImpossible[] = "020012";
inline constexpr char AddressExists[] = "020013";
} // namespace SellerCode
