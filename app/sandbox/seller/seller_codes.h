#pragma once
// Result codes of the Seller Center's endpoints (docs/api.md, "Seller Center"), beside the
// shared ones in net/result_code.h, and the form of a refusal that names the field it is
// about: "field: reason" in resultMsg and the field again in `field`, for a form to point at.
// They move to app/core/seller/ when the console's seller domain lands there.
#include "net/result_code.h"
#include "sandbox/domain/domain_result.h"

namespace ResultCode {
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
} // namespace ResultCode

namespace SellerResult {

// `message` without the field; the answer's resultMsg is "field: message".
inline DomainResult fieldProblem(DomainResult::Kind kind, const char *code, const QString &field,
                                 const QString &message, QJsonObject data = {})
{
    data.insert(QStringLiteral("field"), field);
    return DomainResult::fail(kind, code, field + QStringLiteral(": ") + message, std::move(data));
}

inline DomainResult invalid(const QString &field, const QString &message)
{
    return fieldProblem(DomainResult::Kind::Invalid, ResultCode::InvalidParameter, field, message);
}

inline DomainResult storageError()
{
    return DomainResult::fail(DomainResult::Kind::Failed, ResultCode::InternalError,
                              QStringLiteral("sandbox storage error"));
}

} // namespace SellerResult
