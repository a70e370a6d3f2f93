#pragma once
// Requests to and answers from the console API as plain values; callers never see a reply.
#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // e.g. "/api/v1/org/members"
    QUrlQuery query;
    QJsonObject body; // sent as JSON for POST/PUT/PATCH
    QByteArray idempotencyKey;
    // OAuth endpoints: an absolute URL instead of base URL + path, a form-encoded body.
    QUrl url;
    // application/x-www-form-urlencoded: names and values as they are; the client encodes them
    // (a '+' in a value goes as %2B, or the server would read a space).
    QList<std::pair<QString, QString>> form;
    bool isForm = false;
    // Session: the account's bearer token (refreshed as needed, replayed once after a 401).
    // None: no Authorization header. Explicit: `bearer` as given (a fresh sign-in's userinfo).
    enum class Auth
    {
        Session,
        None,
        Explicit
    };
    Auth auth = Auth::Session;
    QByteArray bearer;

    // Safe to send again: reads, and mutations carrying an idempotency key.
    bool retrySafe() const { return method == "GET" || !idempotencyKey.isEmpty(); }
    QString describe() const
    {
        return QString::fromLatin1(method) + u' ' + (url.isEmpty() ? path : url.path());
    }
};

struct ApiError
{
    enum class Kind
    {
        None,
        Network,
        Timeout,
        Tls,
        Http,
        BadResponse,
        Cancelled,
        Config,
        Auth // the server no longer accepts this sign-in: sign in again, nothing is lost
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString resultCode; // from the body, when the server sent one
    QString message;    // one sentence a person can act on

    bool isError() const { return kind != Kind::None; }
    // A transient failure: the change may be sent again later with the same key.
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout ||
               (kind == Kind::Http &&
                (httpStatus == 408 || httpStatus == 429 || httpStatus >= 500)) ||
               kind == Kind::BadResponse;
    }
};

struct ApiResponse
{
    int httpStatus = 0;
    QJsonObject json;
    QByteArray requestId;
    int attempts = 0;
    ApiError error;

    bool ok() const { return !error.isError(); }
};

Q_DECLARE_METATYPE(ApiResponse)
