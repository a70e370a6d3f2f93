#pragma once
// The seller's side of KooGallery's unified login (protocol reference §5): the credential's
// callback address receives `code` and `tenant`; the tenant's domainName comes from
// tenantSync, its clientId and decrypted clientSecret from applicationSync (§4.6); the code is
// exchanged at {domainName}/api/v1/oauth2/token (form-encoded, authorization_code) and the
// user read at {domainName}/api/v1/oauth2/userinfo. The answer says whether the login
// succeeded, for which user and tenant, and whether authSync authorised that user for the app.
// Asynchronous (QNetworkAccessManager): the server's thread never waits. Plain http is used
// only towards a loopback host; anything else must be https.
#include "sandbox/reference/http_answer.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

class QHttpServerRequest;
class QNetworkReply;
class QTcpSocket;
struct ReferenceState;

class LoginCallback : public QObject
{
    Q_OBJECT
public:
    explicit LoginCallback(ReferenceState &state, QObject *parent = nullptr);

    // Starts the login for the callback `request` on `socket`; the answer is written when it
    // ends. `redirectUri`: this callback's own address, sent with the code as OAuth wants.
    void answer(const QHttpServerRequest &request, QTcpSocket *socket, const QString &redirectUri);

    // Whether `domain` may be called: https anywhere, http only on a loopback host.
    static bool allowedDomain(const QUrl &domain);

private:
    struct Attempt
    {
        QPointer<QTcpSocket> socket;
        QString tenant;
        QString tenantName;
        QString appId;
        QUrl domain;
        int testFlag = 0;
        QString instanceId;
    };
    void exchange(std::shared_ptr<Attempt> attempt, const QString &code, const QString &clientId,
                  const QByteArray &clientSecret, const QString &redirectUri);
    void readUser(std::shared_ptr<Attempt> attempt, const QByteArray &accessToken);
    void succeed(const Attempt &attempt, const QJsonObject &user);
    void fail(const Attempt &attempt, int status, const QString &step, const QString &why);
    // The reply's JSON body, or why there is none.
    static QJsonObject jsonOf(QNetworkReply *reply, QString *why);

    ReferenceState &m_state;
    QNetworkAccessManager m_network;
};
