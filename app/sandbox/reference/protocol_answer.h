#pragma once
// What one marketplace interface answers (protocol reference §2.2): a §2.3 result code, a
// message for a person, and the fields some interfaces add (instanceId, appInfo, info,
// encryptType, license). The server turns it into the exact bytes sent.
#include "sandbox/reference/reference_codes.h"

#include <QJsonObject>
#include <QString>

struct ProtocolAnswer
{
    QString code = QString::fromLatin1(ReferenceCode::Success);
    QString message = QStringLiteral("success");
    QJsonObject fields;

    static ProtocolAnswer success(QJsonObject fields = {},
                                  const QString &message = QStringLiteral("success"))
    {
        return {QString::fromLatin1(ReferenceCode::Success), message, std::move(fields)};
    }
    static ProtocolAnswer failure(const char *code, const QString &message)
    {
        return {QString::fromLatin1(code), message, {}};
    }
    bool ok() const { return code == QLatin1String(ReferenceCode::Success); }
    // {"resultCode", "resultMsg", …fields}.
    QJsonObject toJson() const
    {
        QJsonObject o = fields;
        o.insert(QStringLiteral("resultCode"), code);
        o.insert(QStringLiteral("resultMsg"), message);
        return o;
    }
};
