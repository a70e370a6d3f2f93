#pragma once
// What every fuzz target shares: the entry point libFuzzer calls, a check that stops the run
// with a message (a finding, not a soft failure), and reading the input as JSON the way a
// client reads a server's answer.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// An invariant the code under test promises; a broken one is a finding like a crash.
#define FUZZ_REQUIRE(condition, what)                                                              \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz: %s:%d: %s (%s)\n", __FILE__, __LINE__, what, #condition);  \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A deep copy: QByteArray::fromRawData would let a parser read past what it was given
    // only as far as the caller's buffer, and the sanitizers should see the exact end.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The root of the input when it is JSON, else an undefined value.
inline QJsonValue json(const QByteArray &input)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace Fuzz

#include <QString>

namespace Fuzz {

// The records a listing holds: the root itself and each of its "items".
inline QList<QJsonValue> records(const QJsonValue &root)
{
    QList<QJsonValue> all{root};
    for (const QJsonValue &item : root.toObject().value(QLatin1String("items")).toArray())
        all << item;
    return all;
}

// A record mapping (fromJson, toJson) holds what the clients and their caches count on: a
// refused record says why and where; an accepted one is written and read back unchanged (the
// cache keeps what toJson writes).
template <typename Read, typename Write>
void roundTrip(const QJsonValue &value, Read read, Write write)
{
    const QString where = QStringLiteral("items[7]");
    QString error;
    const auto first = read(value, where, &error);
    if (!first) {
        FUZZ_REQUIRE(!error.isEmpty(), "a refused record says why");
        FUZZ_REQUIRE(error.startsWith(where), "a refused record says where it was");
        return;
    }
    const QJsonObject written = write(*first);
    QString again;
    const auto second = read(written, where, &again);
    if (!second)
        std::fprintf(stderr, "fuzz: %s\n", qPrintable(again));
    FUZZ_REQUIRE(second.has_value(), "what toJson writes reads back");
    FUZZ_REQUIRE(write(*second) == written, "reading back what was written changes nothing");
}

} // namespace Fuzz
