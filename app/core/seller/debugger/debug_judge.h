#pragma once
// The rules every answer of a seller's server is held to before the check's own rule, as the
// marketplace applies them (protocol reference §2, §3.2): an answer within 5 s, HTTP 200, a
// JSON object with a resultCode from §2.3's table, and in V1 a Body-Sign that is quoted as
// specified and verifies over the exact bytes with the interface's key. Then the code the case
// calls for. Each method returns the reason a check fails, or an empty string.
#include "seller/debugger/debug_caller.h"

#include <QCoreApplication>
#include <QStringList>

class DebugJudge
{
    Q_DECLARE_TR_FUNCTIONS(DebugJudge)

public:
    // §2.3's codes.
    static const QStringList &tableCodes();
    // Timely, 200, JSON, a code from the table, V1's Body-Sign.
    static QString common(const DebugAnswer &answer);
    // One of `expected`; `why` says which rule calls for it.
    static QString expectCode(const DebugAnswer &answer, const QStringList &expected,
                              const QString &why);
    // A string field of at most `maxLength` characters that is not empty.
    static QString requireString(const QJsonObject &object, const QString &name, int maxLength,
                                 const QString &where);
    // Only that an answer came, 200 and JSON (the reference server's own endpoints).
    static QString plainJson(const DebugAnswer &answer);
};
