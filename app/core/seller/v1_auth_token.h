#pragma once
// V1 `authToken` (protocol reference §3.1): Base64 HMAC-SHA256 with the key accessKey +
// timeStamp over "k1=v1&k2=v2…", the parameters sorted by name with their URL-decoded values.
// GET calls sign their query parameters; Kit POST calls the top-level fields of the JSON body
// (blank values skipped, numbers and booleans as text).
#include "seller/seller_result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

class V1AuthToken
{
    Q_DECLARE_TR_FUNCTIONS(V1AuthToken)

public:
    using Params = QList<std::pair<QString, QString>>;

    // The parameters of a query string as received ("a=1&b=x%2By"; a leading "?" or a whole
    // URL allowed), each name and value decoded once as a form decodes it: "%2B" is "+", a
    // bare "+" is a space. authToken itself is left out. A name given twice is refused (which
    // one a signer used would be a guess), as is broken percent-encoding or non-UTF-8 text.
    static SellerResult<Params> fromQuery(QByteArrayView query);
    // The top-level fields of a JSON object body as Huawei's Java sample flattens them: null
    // and blank strings skipped; strings as they are (userList and orgInfo are JSON strings
    // and stay so); numbers and booleans as Jackson prints them ("1", "true"); an object or
    // array as its canonical JSON.
    static SellerResult<Params> fromBody(QByteArrayView body);
    // "k1=v1&k2=v2…" sorted by name in UTF-16 order (Java's TreeMap), as UTF-8.
    static QByteArray joined(Params params);
    // The authToken: needs a non-empty timeStamp parameter, which is part of the key.
    static SellerResult<QByteArray> sign(QByteArrayView accessKey, const Params &params);
    // Exact, case-sensitive comparison as the marketplace does, in constant time.
    static SellerResult<void> verify(QByteArrayView accessKey, const Params &params,
                                     QByteArrayView authToken);

private:
    static SellerResult<QString> decodeForm(QByteArrayView text, qsizetype offset);
};
