#include "sandbox/domain/domain_result.h"

#include "net/result_code.h"

DomainResult DomainResult::done(QJsonObject data, const QString &message)
{
    return {Kind::Done, QString::fromLatin1(ResultCode::Success),
            message.isEmpty() ? QStringLiteral("success") : message, std::move(data)};
}

DomainResult DomainResult::fail(Kind kind, const char *code, const QString &message,
                                QJsonObject data)
{
    return {kind, QString::fromLatin1(code), message, std::move(data)};
}
