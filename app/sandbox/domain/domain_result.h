#pragma once
// What a domain's storage and rules answer: a result code of the console API, a message for a
// person and the answer's data, classed by what happened rather than by HTTP status, so that
// the rules read without HTTP and every domain's routes map the classes the same way
// (JsonReply::from).
#include <QJsonObject>
#include <QString>

struct DomainResult
{
    enum class Kind
    {
        Done,
        Invalid,  // the request itself is malformed (a field, a token, a limit)
        NotFound, // the record the path names does not exist
        Conflict, // it exists already, or was changed meanwhile
        Gone,     // a token of another data set
        Refused,  // well-formed, but a rule or a record it refers to says no
        Failed    // the storage failed
    };
    Kind kind = Kind::Done;
    QString code;
    QString message;
    QJsonObject data;

    // "000000", with `message` ("success" unless a change says more, e.g. "already enabled").
    static DomainResult done(QJsonObject data = {}, const QString &message = {});
    static DomainResult fail(Kind kind, const char *code, const QString &message,
                             QJsonObject data = {});
};
