// Sign-in and secrets: (1) unlocking the encrypted file store (PBKDF2-SHA256, 600,000
// iterations) against the openssl command deriving the same key; (2) a whole sign-in on
// loopback (listener, browser stand-in following the redirect, token exchange, userinfo)
// against curl making the same HTTP exchanges without a listener; (3) ten requests that meet a
// 401 and share one refresh, against ten requests with a valid token.
#include "bench_common.h"
#include "identity/auth_session.h"
#include "identity/file_secret_store.h"
#include "identity/pkce.h"
#include "identity/sign_in_flow.h"
#include "net/api_client.h"
#include "sandbox/browser_stand_in.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace Bench {

namespace {

double unlockMs(const QString &path)
{
    FileSecretStore store(path);
    QString error;
    QElapsedTimer t;
    t.start();
    store.unlock("bench passphrase", &error);
    return t.nsecsElapsed() / 1e6;
}

double opensslKdfMs()
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("kdf"), QStringLiteral("-keylen"), QStringLiteral("32"),
             QStringLiteral("-kdfopt"), QStringLiteral("digest:SHA256"), QStringLiteral("-kdfopt"),
             QStringLiteral("pass:bench passphrase"), QStringLiteral("-kdfopt"),
             QStringLiteral("salt:0123456789abcdef"), QStringLiteral("-kdfopt"),
             QStringLiteral("iter:600000"), QStringLiteral("PBKDF2")});
    p.waitForFinished(60'000);
    return t.nsecsElapsed() / 1e6;
}

double signInMs(const QUrl &server)
{
    SignInFlow flow(server, OAuthEndpoints::forServer(server));
    BrowserStandIn browser;
    QObject::connect(&flow, &SignInFlow::openUrl, &browser, &BrowserStandIn::open);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&flow, &SignInFlow::finished, &loop, [&](const SignInResult &r) {
        ok = r.ok;
        loop.quit();
    });
    QElapsedTimer t;
    t.start();
    flow.start();
    loop.exec();
    return ok ? t.nsecsElapsed() / 1e6 : -1;
}

// The same exchanges with curl: authorize (redirect not followed), token, userinfo.
double curlExchangesMs(const QUrl &server)
{
    const QByteArray verifier = Pkce::makeVerifier();
    const QString base = server.toString();
    const QString script = QStringLiteral(
        "loc=$(curl -s -o /dev/null -w '%{redirect_url}' \"$1/api/v1/oauth2/authorize?"
        "response_type=code&client_id=marketdesk&redirect_uri=http://127.0.0.1:9/callback&"
        "state=s&code_challenge=$2&code_challenge_method=S256\")\n"
        "code=$(printf %s \"$loc\" | sed 's/.*code=\\([^&]*\\).*/\\1/')\n"
        "tok=$(curl -s -d grant_type=authorization_code -d client_id=marketdesk "
        "-d code=$code -d redirect_uri=http://127.0.0.1:9/callback -d code_verifier=$3 "
        "\"$1/api/v1/oauth2/token\" | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n"
        "printf 'Authorization: Bearer %s' \"$tok\" | curl -s -H @- "
        "\"$1/api/v1/oauth2/userinfo\" >/dev/null\n");
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sh"),
            {QStringLiteral("-c"), script, QStringLiteral("sh"), base,
             QString::fromLatin1(Pkce::challengeS256(verifier)), QString::fromLatin1(verifier)});
    p.waitForFinished(60'000);
    return t.nsecsElapsed() / 1e6;
}

double tenRequestsMs(const QUrl &server, const SignInResult &auth, bool expireFirst, int *refreshes)
{
    if (expireFirst) {
        QNetworkAccessManager nam;
        QNetworkRequest r(server.resolved(QUrl(QStringLiteral("/_sandbox/auth"))));
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = nam.post(r, R"({"expireAccessTokens":true})");
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        delete reply;
    }
    ApiClient client(server);
    AuthSession session(auth.endpoints, auth.tokens);
    session.setClient(&client);
    client.setAuthSession(&session);
    QEventLoop loop;
    int left = 10;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 10; ++i) {
        ApiRequest r;
        r.path = QStringLiteral("/api/v1/org/departments");
        r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5"));
        QObject::connect(client.send(r), &ApiCall::finished, &loop, [&] {
            if (--left == 0)
                loop.quit();
        });
    }
    loop.exec();
    *refreshes = session.refreshCount();
    return t.nsecsElapsed() / 1e6;
}

} // namespace

void auth(const QUrl &server)
{
    heading("sign-in and secrets");
    QTemporaryDir dir;
    std::vector<double> ours, theirs;
    // The first unlock creates the store; the others open it, as every later start does.
    unlockMs(dir.filePath(QStringLiteral("secrets.enc")));
    for (int i = 0; i < 5; ++i) {
        ours.push_back(unlockMs(dir.filePath(QStringLiteral("secrets.enc"))));
        theirs.push_back(opensslKdfMs());
    }
    line(QStringLiteral("unlock the encrypted file store (PBKDF2-SHA256, 600,000 iterations): "
                        "median %1 ms; openssl kdf, same derivation, as a process: median %2 ms; "
                        "ratio %3")
             .arg(median(ours), 0, 'f', 0)
             .arg(median(theirs), 0, 'f', 0)
             .arg(median(theirs) / median(ours), 0, 'f', 2));

    ours.clear();
    theirs.clear();
    for (int i = 0; i < 20; ++i) {
        ours.push_back(signInMs(server));
        theirs.push_back(curlExchangesMs(server));
    }
    line(QStringLiteral("whole sign-in on loopback (listener, browser stand-in, token, userinfo): "
                        "median %1 ms; curl making the same three exchanges, no listener: "
                        "median %2 ms; ratio %3")
             .arg(median(ours), 0, 'f', 1)
             .arg(median(theirs), 0, 'f', 1)
             .arg(median(theirs) / median(ours), 0, 'f', 2));

    SignInResult signedIn = BrowserStandIn::signIn(server);
    ours.clear();
    theirs.clear();
    int refreshes = 0, maxRefreshes = 0;
    for (int i = 0; i < 10; ++i) {
        theirs.push_back(tenRequestsMs(server, signedIn, false, &refreshes));
        ours.push_back(tenRequestsMs(server, signedIn, true, &refreshes));
        maxRefreshes = std::max(maxRefreshes, refreshes);
        // The refreshed tokens are the session's; sign in again for the next round.
        signedIn = BrowserStandIn::signIn(server);
    }
    line(QStringLiteral("ten requests that all meet a 401 (one refresh, then sent again): median "
                        "%1 ms, at most %2 refresh per round; ten requests with a valid token: "
                        "median %3 ms; the 401 costs %4 ms")
             .arg(median(ours), 0, 'f', 1)
             .arg(maxRefreshes)
             .arg(median(theirs), 0, 'f', 1)
             .arg(median(ours) - median(theirs), 0, 'f', 1));
}

} // namespace Bench
