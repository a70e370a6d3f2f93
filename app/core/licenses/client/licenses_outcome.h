#pragma once
// What a licenses change came to, as LicensesService answers it: done (with the record the
// server answered, as the client writes it), refused (the result code, the server's message
// and the field it names), a version conflict (with the server's current record, which the
// cache now holds), or kept in the outbox because the server could not be reached.
#include <QJsonObject>
#include <QMetaType>
#include <QString>

struct LicensesOutcome
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
    QString action; // "licenses.apply" or "images.renewal" (licenses/client/licenses_change.h)
    QString target; // instanceId (apply: the licenseId once answered) or subscriptionId
    State state = State::Kept;
    QString code;           // result code; "HTTP403" when the server sent none
    QString message;        // for a person
    QString field;          // the request field a refusal is about ("deviceFingerprint"), or empty
    QJsonObject record;     // the License or image as answered (the client's own JSON)
    QJsonObject current;    // a conflict: the server's current record
    bool created = false;   // licenses.apply: a new License (false: the one issued before)
    bool recovered = false; // answered after a restart, to a change an earlier session sent

    bool ok() const { return state == State::Done; }
};

Q_DECLARE_METATYPE(LicensesOutcome)
