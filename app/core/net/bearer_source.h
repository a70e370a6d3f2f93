#pragma once
// Where the API client gets the bearer token of a request and asks for a fresh one. Declared
// here so that the network layer needs nothing from identity (AuthSession implements it).
#include "net/api_types.h"

#include <QObject>

class BearerSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    enum class Refresh
    {
        Started,      // wait for refreshFinished()
        AlreadyNewer, // the failed token was replaced meanwhile: send again now
        Impossible    // no refresh token, or the server refused: lastError() says why
    };

    virtual bool hasTokens() const = 0;
    virtual QByteArray accessToken() const = 0;
    virtual bool refreshing() const = 0;
    virtual bool needsRefresh() const = 0;
    // `failedToken` is the token a 401 answered; empty for a refresh before expiry.
    virtual Refresh refresh(const QByteArray &failedToken = {}) = 0;
    // Why the last refresh failed: Kind::Auth when the server refused it, else transient.
    virtual ApiError lastError() const = 0;
    // The server refused even a fresh token: forget it and ask for a sign-in.
    virtual void invalidate(const QString &reason) = 0;

Q_SIGNALS:
    void refreshFinished(bool ok);
};
