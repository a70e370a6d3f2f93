#pragma once
// A strict JSON reader for bodies that are signed. Unlike QJsonDocument it keeps every number
// exactly as it was written (QJsonDocument turns 1.0 into 1 and rounds 12345678901234567890
// to a double), so that CanonicalJson can print numbers the way the marketplace's Java signer
// does. Its errors name the byte offset; duplicate keys are refused rather than guessed at.
#include "seller/seller_result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

struct JsonNode
{
    enum class Kind
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };
    Kind kind = Kind::Null;
    bool boolean = false;
    QByteArray number;           // Number: the text as received, e.g. "1.0", "-12e3"
    QString string;              // String: the decoded text
    QStringList keys;            // Object: the member names, in received order
    std::vector<JsonNode> items; // Array: the elements; Object: the values beside `keys`
};

class JsonTree
{
    Q_DECLARE_TR_FUNCTIONS(JsonTree)

public:
    // The value `text` holds (RFC 8259, UTF-8). Refuses anything else with "JSON error at byte
    // N: …": invalid UTF-8, lone surrogates, a key twice in one object, nesting deeper than
    // 256 levels, text after the value.
    static SellerResult<JsonNode> parse(QByteArrayView text);
};
