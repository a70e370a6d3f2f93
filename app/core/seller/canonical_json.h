#pragma once
// The one canonical form of a JSON body that the client, the sandbox and the debugger sign
// and verify (protocol reference §3.4 and §11.2): compact, keys sorted at every level in
// UTF-16 order (Java's TreeMap order), top-level nulls removed, non-ASCII as raw UTF-8, "/"
// not escaped. Numbers stay numbers and are printed as the marketplace's Java signer
// (Jackson) prints them; see number().
#include "seller/json_tree.h"
#include "seller/seller_result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

class CanonicalJson
{
    Q_DECLARE_TR_FUNCTIONS(CanonicalJson)

public:
    // The canonical bytes of a body, which must be a JSON object. Errors name the byte offset.
    static SellerResult<QByteArray> fromBody(QByteArrayView body);
    // The same for an object built in code. QJsonObject has already made 1.0 into 1 and
    // rounded integers beyond 2^63; build the body as text when that matters.
    static QByteArray fromObject(const QJsonObject &object);
    // One value in canonical form, at any depth (nulls inside it are kept).
    static QByteArray write(const JsonNode &node);
    // A number as Jackson prints what it read into a Map: an integer exactly as written
    // ("-0" as "0", and beyond 64 bits too, as a BigInteger); anything with a fraction or an
    // exponent as Java's Double.toString: 1.0 → "1.0", 1e3 → "1000.0", 1.5e-7 → "1.5E-7".
    static QByteArray number(QByteArrayView written);
    // Java's Double.toString (JDK 19 and later: the shortest digits that read back the same).
    static QByteArray javaDouble(double value);

private:
    static void writeTo(const JsonNode &node, QByteArray &out, bool topLevel);
    static void writeString(const QString &text, QByteArray &out);
};
