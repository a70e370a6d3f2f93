#pragma once
// The form of a Seller Center refusal that names the field it is about: "field: reason" in
// resultMsg and the field again in `field`, for a form to point at. The codes are core's
// (seller/seller_codes.h), which the client reads too.
#include "net/result_code.h"
#include "sandbox/domain/domain_result.h"
#include "seller/seller_codes.h"

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
