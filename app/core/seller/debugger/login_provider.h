#pragma once
// The tenant's auth centre as the integration debugger plays it for the unified login
// (protocol reference §5): a small OAuth2.0 provider on a QTcpServer (core links no
// QtHttpServer) that lives for one run. It knows the clients the run delivered through
// applicationSync (client_id and the plaintext client_secret per tenant) and the codes the
// run hands to the seller's callback; it serves POST …/api/v1/oauth2/token (§5.1: a code
// once, only for the client it was issued to, a wrong secret 401 invalid_client) and
// GET …/api/v1/oauth2/userinfo (§5.3: the bearer it issued), and keeps every call the
// seller's server made — masked — so that the login checks can judge what the server did.
#include "seller/debugger/debug_check.h"
#include "seller/debugger/provider_http.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class SecretMask;

class LoginProvider : public QObject
{
    Q_OBJECT

public:
    // One call the seller's server made to the provider.
    struct Call
    {
        enum class Endpoint
        {
            Token,
            Userinfo,
            Other
        };
        Endpoint endpoint = Endpoint::Other;
        QString code;     // token: the code presented
        QString clientId; // token: the client_id presented (form or Basic)
        bool secretGiven = false;
        bool secretRight = false; // the secret delivered to the client presented
        bool basicAuth = false;   // the client authenticated with HTTP Basic, not the form
        QString grantType;
        QString grantCode;      // userinfo: the code whose token was presented, or empty
        int status = 0;         // what the provider answered
        QString error;          // the OAuth error answered, e.g. "invalid_client"
        DebugExchange exchange; // masked
    };

    LoginProvider(SecretMask &mask, QObject *parent = nullptr);
    ~LoginProvider() override;

    // Listens on `host`:`port` (0: a free one). Fills `error` and returns false on failure.
    bool listen(const QHostAddress &host, quint16 port, QString *error);
    // http://host:port of the listening socket.
    QUrl url() const;

    // A client the run delivered to `tenant` through applicationSync.
    void addClient(const QString &tenant, const QString &clientId, const QByteArray &secret);
    // A fresh code for `user` (userinfo's fields) of `tenant`. `anyClient`: redeemable with
    // any client this provider knows (the cross-tenant probe: a lenient auth centre shared by
    // tenants), otherwise only with the tenant's own.
    QString issueCode(const QString &tenant, const QJsonObject &user, bool anyClient = false);
    // A code that was never issued (masked like the others).
    QString unknownCode();

    // The calls of `endpoint` about `code` (token: presenting it; userinfo: presenting a
    // token issued for it), in the order they came.
    QList<Call> calls(Call::Endpoint endpoint, const QString &code) const;
    // Every call, in order.
    const QList<Call> &allCalls() const { return m_calls; }

private:
    struct Client
    {
        QString tenant;
        QByteArray secret;
    };
    struct Grant
    {
        QString tenant;
        QJsonObject user;
        bool anyClient = false;
        bool spent = false;
    };

    void accept();
    void read(QTcpSocket *socket);
    Call handle(const ProviderRequest &request, QByteArray *answer);
    Call token(const ProviderRequest &request, QByteArray *answer);
    Call userinfo(const ProviderRequest &request, QByteArray *answer);
    QByteArray refuse(Call *call, int status, const QString &error, const QString &description,
                      const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    SecretMask &m_mask;
    QTcpServer *m_server;
    QHash<QString, Client> m_clients;    // by client_id
    QHash<QString, Grant> m_grants;      // by code
    QHash<QByteArray, QString> m_tokens; // access token → code
    QList<Call> m_calls;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
