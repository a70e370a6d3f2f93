#include "identity/sign_in_flow.h"

#include "common/logging.h"
#include "common/secure_random.h"
#include "identity/loopback_listener.h"
#include "identity/pkce.h"
#include "net/api_client.h"

SignInFlow::SignInFlow(const QUrl &server, const OAuthEndpoints &endpoints, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_endpoints(endpoints)
    , m_client(new ApiClient(server, this))
    , m_listener(new LoopbackListener(this))
{
    // Sign-in requests are not replayed: a code works once.
    RetryPolicy once = m_client->retryPolicy();
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);
    m_client->setTimeoutMs(30'000);
    m_listener->setJudge([this](const QUrlQuery &q) { return judge(q, m_endpoints); });
    connect(m_listener, &LoopbackListener::callbackReceived, this, &SignInFlow::onCallback);
    connect(m_listener, &LoopbackListener::timedOut, this, [this](int strays) {
        const QString minutes = QString::number(m_timeoutMs / 60000.0, 'g', 2);
        if (strays == 0)
            fail(tr("No answer came back from the browser within %1 minutes; the sign-in was "
                    "stopped. Start it again when ready.")
                     .arg(minutes));
        else
            fail(tr("No answer to this sign-in came back from the browser within %1 minutes; "
                    "%n answer(s) that did not belong to it (wrong or missing state) were "
                    "refused. The sign-in was stopped. Start it again when ready.",
                    nullptr, strays)
                     .arg(minutes));
    });
    connect(m_listener, &LoopbackListener::tooManyStrayCallbacks, this, [this](int strays) {
        fail(tr("The sign-in was stopped: %n answer(s) reached its address on this computer "
                "that did not belong to it (wrong or missing state), so another program or a "
                "web page may be interfering. No token was requested. Start it again.",
                nullptr, strays));
    });
}

SignInFlow::~SignInFlow() = default;

void SignInFlow::setTlsPolicy(const TlsPolicy &policy)
{
    m_client->setTlsPolicy(policy);
}

QHostAddress SignInFlow::listenerAddress() const
{
    return m_listener->address();
}

bool SignInFlow::isListening() const
{
    return m_listener->isListening();
}

QString SignInFlow::redirectUri() const
{
    return m_redirectUri;
}

void SignInFlow::start()
{
    if (!m_discover) {
        listenAndOpen();
        return;
    }
    Q_EMIT stageChanged(Stage::Discovering);
    ApiRequest r;
    r.url = OAuthEndpoints::discoveryUrl(m_server);
    r.auth = ApiRequest::Auth::None;
    m_call = m_client->send(r);
    connect(m_call, &ApiCall::finished, this, [this](const ApiResponse &a) {
        if (!a.ok()) {
            fail(tr("Could not read the server's sign-in configuration: %1").arg(a.error.message));
            return;
        }
        QString error;
        if (!OAuthEndpoints::fromDiscovery(a.json, m_server, m_endpoints, &m_endpoints, &error)) {
            fail(tr("The server's sign-in configuration cannot be used: %1.").arg(error));
            return;
        }
        listenAndOpen();
    });
}

void SignInFlow::listenAndOpen()
{
    if (const QString p = m_endpoints.problem(); !p.isEmpty()) {
        fail(p);
        return;
    }
    m_state = SecureRandom::urlSafeToken(32);
    m_listener->setExpectedState(m_state);
    QString error;
    if (!m_listener->listen(m_timeoutMs, &error)) {
        fail(error);
        return;
    }
    m_redirectUri = m_listener->redirectUri();
    m_verifier = Pkce::makeVerifier();
    QUrl url = m_endpoints.authorize;
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), m_endpoints.clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri);
    q.addQueryItem(QStringLiteral("scope"), m_endpoints.scope);
    q.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    q.addQueryItem(QStringLiteral("code_challenge"),
                   QString::fromLatin1(Pkce::challengeS256(m_verifier)));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(q);
    Q_EMIT stageChanged(Stage::WaitingForBrowser);
    Q_EMIT openUrl(url);
}

// Only callbacks carrying this sign-in's state get here: the listener answers and ignores
// the others (and gives up after too many).
QString SignInFlow::judge(const QUrlQuery &query, const OAuthEndpoints &endpoints)
{
    // RFC 9207: an answer naming another issuer than the one discovered is a mix-up,
    // whatever else it says. Endpoints set one by one (an identity provider on another host)
    // have no known issuer: their "iss" is not compared.
    const QString iss = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    const QString expected = endpoints.issuer;
    if (!expected.isEmpty() && query.hasQueryItem(QStringLiteral("iss")) && iss != expected &&
        iss != expected + u'/')
        return tr("The answer from the browser comes from another server (issuer \"%1\", "
                  "expected \"%2\"); it was refused and no token was requested.")
            .arg(iss.left(200), expected);
    if (endpoints.issInCallback && !query.hasQueryItem(QStringLiteral("iss")))
        return tr("The answer from the browser does not say which server sent it (no \"iss\"), "
                  "though the server promised to; it was refused and no token was requested.");
    if (query.hasQueryItem(QStringLiteral("error"))) {
        const QString code = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        const QString why =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        return tr("The server did not sign you in: %1.")
            .arg(why.isEmpty() ? code.left(100)
                               : why.left(300) + QStringLiteral(" (") + code.left(100) + u')');
    }
    if (query.queryItemValue(QStringLiteral("code")).isEmpty())
        return tr("The answer from the browser has no authorization code.");
    return {};
}

void SignInFlow::onCallback(const QUrlQuery &query, const QString &problem)
{
    if (!problem.isEmpty()) {
        fail(problem);
        return;
    }
    exchange(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
}

void SignInFlow::exchange(const QString &code)
{
    Q_EMIT stageChanged(Stage::ExchangingCode);
    m_call = m_client->send(m_endpoints.tokenRequest(
        QStringLiteral("authorization_code"),
        {{QStringLiteral("code"), code},
         {QStringLiteral("redirect_uri"), m_redirectUri},
         {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)}}));
    connect(m_call, &ApiCall::finished, this, [this](const ApiResponse &a) {
        if (!a.ok()) {
            fail(tr("The server did not accept the sign-in: %1").arg(a.error.message));
            return;
        }
        QString error;
        if (!TokenSet::fromTokenResponse(a.json, QDateTime::currentDateTimeUtc(), &m_result.tokens,
                                         &error)) {
            fail(tr("The server's token answer cannot be used: %1.").arg(error));
            return;
        }
        readUser();
    });
}

void SignInFlow::readUser()
{
    Q_EMIT stageChanged(Stage::ReadingUser);
    ApiRequest r;
    r.url = m_endpoints.userinfo;
    r.auth = ApiRequest::Auth::Explicit;
    r.bearer = m_result.tokens.accessToken;
    m_call = m_client->send(r);
    connect(m_call, &ApiCall::finished, this, [this](const ApiResponse &a) {
        if (!a.ok()) {
            fail(tr("Signed in, but who you are could not be read: %1").arg(a.error.message));
            return;
        }
        QString error;
        if (!UserInfo::fromJson(a.json, &m_result.user, &error)) {
            fail(tr("Signed in, but the user information cannot be used: %1.").arg(error));
            return;
        }
        m_done = true;
        m_result.ok = true;
        m_result.endpoints = m_endpoints;
        qCInfo(lcAuth) << "signed in as" << m_result.user.userName << "of tenant"
                       << m_result.user.tenant;
        Q_EMIT stageChanged(Stage::Done);
        Q_EMIT finished(m_result);
    });
}

void SignInFlow::cancel()
{
    if (m_done)
        return;
    fail(tr("The sign-in was cancelled."));
    if (m_call)
        m_call->cancel();
}

void SignInFlow::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_listener->close();
    m_verifier.clear();
    qCInfo(lcAuth) << "sign-in failed:" << message;
    SignInResult r;
    r.message = message;
    Q_EMIT stageChanged(Stage::Done);
    Q_EMIT finished(r);
}
