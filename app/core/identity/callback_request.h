#pragma once
// What one request to the sign-in's loopback address is, read from its head alone (request
// line and headers, up to the blank line). Anyone on this computer can send one: a browser,
// another program, a web page guessing the port. Kept apart from the socket so that the
// listener and the fuzzer read requests through the same code.
#include <QByteArray>
#include <QString>
#include <QUrlQuery>

struct CallbackRequest
{
    // The most of a request head read; more is refused as too large.
    static constexpr qsizetype kMaxHead = 16 * 1024;

    enum class Kind
    {
        Incomplete, // no blank line yet: wait for more
        TooLarge,   // 400
        NotHttp,    // 400
        NotGet,     // 405
        NotFound,   // 404: another path (a browser's /favicon.ico)
        Stray,      // /callback without this sign-in's state: ignored
        Malformed,  // this sign-in's state, but unreadable: `problem` says why
        Callback    // this sign-in's callback: `query` holds it
    };
    Kind kind = Kind::Incomplete;
    QUrlQuery query;
    QString problem;

    // Only a callback carrying exactly `expectedState` (compared in constant time) is this
    // sign-in's; with no expected state, none is.
    static CallbackRequest read(const QByteArray &head, const QByteArray &expectedState);
};
