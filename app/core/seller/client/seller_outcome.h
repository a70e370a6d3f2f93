#pragma once
// What a Seller Center change came to, as SellerService answers it: done, refused (with the
// result code, the server's message and the form field it belongs to, when the server names
// one), a version conflict (with the server's current record, which the cache now holds), or
// kept in the outbox because the server could not be reached. A secret answered once travels
// apart, in a SellerSecret, and only in memory: never in the outcome, the cache, the outbox,
// the journal or a log.
#include "seller/client/seller_records.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

struct SellerOutcome
{
    enum class State
    {
        Done,
        Refused,  // the server (or this program, before sending) said no: see code, field
        Conflict, // 010003: someone changed the record first; `current` is theirs
        Kept      // not answered yet: the change waits in the outbox and is sent again
    };
    quint64 ticket = 0; // 0: nobody waits for it (a change sent again after a restart)
    qint64 operationId = 0;
    QString action; // e.g. "seller.key.create" (seller/client/seller_change.h)
    QString target; // the record it is about: keyId, addressId, appId, or what was asked for
    State state = State::Kept;
    QString code;       // result code, e.g. "020005"; "HTTP403" when the server sent none
    QString message;    // for a person
    QString field;      // the form field a refusal is about ("publicKey", "platforms[1]"), or empty
    QJsonObject record; // the record as the server answered it (a run for a debugging run)
    QJsonObject address;    // a debugging run: the address after it
    QJsonObject current;    // a conflict: the server's current record
    bool recovered = false; // answered after a restart, to a change an earlier session sent

    bool ok() const { return state == State::Done; }
};

// A secret the server answers once: a new key's secret, a new credential's app secret, a test
// account's password (with the account it belongs to).
struct SellerSecret
{
    enum class Kind
    {
        KeySecret,
        AppSecret,
        TestAccountPassword
    };
    Kind kind = Kind::KeySecret;
    QString id; // keyId or appId
    QByteArray value;
    std::optional<TestAccount> account; // TestAccountPassword
    // What the caller asked to be kept with the change (e.g. the file the CLI writes the secret
    // to), so that a secret answered after a restart still finds its way.
    QString note;
    bool recovered = false;
};

Q_DECLARE_METATYPE(SellerOutcome)
Q_DECLARE_METATYPE(SellerSecret)
