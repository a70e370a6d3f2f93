#pragma once
// The apps domain's result codes (docs/api.md, "Apps and authorisations") and the form of a
// refusal that names its field, as the Seller Center answers it: "field: reason" in resultMsg
// and the field again in `field`. The codes sit in the sandbox until the console's apps
// client reads them; then they move to core beside org's and seller's.
#include "net/result_code.h"
#include "org/domain.h" // MemberNotFound, DepartmentNotFound: answered per target here
#include "sandbox/domain/domain_result.h"

namespace ResultCode {
inline constexpr char AppNotFound[] = "030001";
inline constexpr char AgreementNotAccepted[] = "030002";
inline constexpr char LoginDomainNotSet[] = "030003";
inline constexpr char NotEnoughSeats[] = "030004";
inline constexpr char MemberDisabled[] = "030005";
inline constexpr char GrantedAutomatically[] = "030006";
inline constexpr char GroupNotFound[] = "030007";
} // namespace ResultCode

namespace AppsResult {

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

} // namespace AppsResult
