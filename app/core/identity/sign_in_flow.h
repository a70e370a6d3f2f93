#pragma once
// One interactive sign-in (OAuth 2.0 authorization code with PKCE S256, RFC 6749/7636/8252):
// listens on a fresh 127.0.0.1 port, asks its owner to open the authorize URL in the system
// browser, waits for the callback carrying its state (others are ignored, up to a bound),
// exchanges the code, reads who signed in. The state and verifier come from the CSPRNG; a
// refused callback sends no token request.
#include "identity/oauth_endpoints.h"
#include "identity/token_set.h"
#include "identity/user_info.h"
#include "net/api_types.h"
#include "net/tls_policy.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

class ApiClient;
class LoopbackListener;
class ApiCall;

struct SignInResult
{
    bool ok = false;
    QString message; // why not, in words a person can act on
    TokenSet tokens;
    UserInfo user;
    OAuthEndpoints endpoints;
};

class SignInFlow : public QObject
{
    Q_OBJECT
public:
    enum class Stage
    {
        Discovering,
        WaitingForBrowser,
        ExchangingCode,
        ReadingUser,
        Done
    };
    Q_ENUM(Stage)

    SignInFlow(const QUrl &server, const OAuthEndpoints &endpoints, QObject *parent = nullptr);
    ~SignInFlow() override;

    // Reads the endpoints from /.well-known/openid-configuration before starting.
    void setDiscover(bool discover) { m_discover = discover; }
    void setTlsPolicy(const TlsPolicy &policy);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void start();
    void cancel();
    QString redirectUri() const;
    QByteArray state() const { return m_state; }
    // Where the loopback listener listens (127.0.0.1), and whether it still does.
    QHostAddress listenerAddress() const;
    bool isListening() const;

    // What is wrong with a callback that carries this sign-in's state, as the browser page and
    // the sign-in's message say it, or empty when it can be exchanged for tokens.
    static QString judge(const QUrlQuery &query, const OAuthEndpoints &endpoints);

Q_SIGNALS:
    void stageChanged(SignInFlow::Stage stage);
    // Open this in the system browser (the console), print it (the CLI), or follow it (tests).
    void openUrl(const QUrl &url);
    void finished(const SignInResult &result);

private:
    void listenAndOpen();
    void onCallback(const QUrlQuery &query, const QString &problem);
    void exchange(const QString &code);
    void readUser();
    void fail(const QString &message);

    QUrl m_server;
    OAuthEndpoints m_endpoints;
    ApiClient *m_client = nullptr;
    LoopbackListener *m_listener = nullptr;
    bool m_discover = false;
    int m_timeoutMs = 5 * 60 * 1000;
    QByteArray m_state;
    QByteArray m_verifier;
    QString m_redirectUri;
    SignInResult m_result;
    QPointer<ApiCall> m_call;
    bool m_done = false;
};

Q_DECLARE_METATYPE(SignInResult)
