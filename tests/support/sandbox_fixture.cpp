#include "support/sandbox_fixture.h"

#include "identity/auth_session.h"
#include "sandbox/browser_stand_in.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace TestSupport {

namespace {
QByteArray g_bearer;
QByteArray g_ca;
} // namespace

void useCa(const QByteArray &pem)
{
    g_ca = pem;
}

void useBearer(const QByteArray &token)
{
    g_bearer = token;
}

QJsonObject httpJson(const QUrl &url, const QByteArray &method, const QJsonObject &body,
                     int *status, const QByteArray &idempotencyKey)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setTransferTimeout(10'000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    if (url.scheme() == u"https" && !g_ca.isEmpty()) {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.addCaCertificates(QSslCertificate::fromData(g_ca));
        request.setSslConfiguration(c);
    }
    if (!g_bearer.isEmpty() && url.path().startsWith(u"/api/"))
        request.setRawHeader("Authorization", "Bearer " + g_bearer);
    QNetworkReply *reply =
        method == "GET" ? nam.get(request)
                        : nam.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return json;
}

QJsonObject stats(const QUrl &server)
{
    return httpJson(server.resolved(QUrl(QStringLiteral("/_sandbox/stats"))));
}

void setFaults(const QUrl &server, const QJsonObject &faults)
{
    httpJson(server.resolved(QUrl(QStringLiteral("/_sandbox/faults"))), "POST", faults);
}

int followInBrowser(const QUrl &url, const QByteArray &caPem, QByteArray *body)
{
    return BrowserStandIn::follow(url, caPem, body);
}

QString signIn(const QUrl &server, const QString &account, SignInResult *result,
               const QByteArray &caPem)
{
    int status = 0;
    httpJson(server.resolved(QUrl(QStringLiteral("/_sandbox/auth"))), "POST",
             {{QStringLiteral("autoApprove"), account}}, &status);
    if (status != 200 && server.scheme() == u"http")
        return QStringLiteral("the sandbox refused autoApprove=%1 (HTTP %2)")
            .arg(account)
            .arg(status);
    *result = BrowserStandIn::signIn(server, caPem, 20'000);
    return result->ok ? QString() : result->message;
}

int cliLogin(const QStringList &arguments, QByteArray *output, const QByteArray &caPem)
{
    QProcess p;
    p.setProgram(program(QStringLiteral("cli"), QStringLiteral("marketdesk-cli")));
    p.setArguments(arguments);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start();
    p.closeWriteChannel();
    QByteArray seen;
    bool opened = false;
    static const QRegularExpression urlLine(QStringLiteral("^(https?://\\S+/authorize\\S*)$"),
                                            QRegularExpression::MultilineOption);
    for (int i = 0; i < patience(300) && p.state() != QProcess::NotRunning; ++i) {
        p.waitForReadyRead(100);
        seen += p.readAll();
        const auto m = urlLine.match(QString::fromUtf8(seen));
        if (!opened && m.hasMatch()) {
            opened = true;
            followInBrowser(QUrl::fromEncoded(m.captured(1).toUtf8()), caPem);
        }
    }
    p.waitForFinished(patience(30'000));
    seen += p.readAll();
    if (output)
        *output = seen;
    return p.state() == QProcess::NotRunning ? p.exitCode() : -1;
}

ApiResponse send(ApiClient &client, const ApiRequest &request, int timeoutMs)
{
    ApiCall *call = client.send(request);
    QSignalSpy done(call, &ApiCall::finished);
    if (!done.wait(timeoutMs)) {
        ApiResponse none;
        none.error = {ApiError::Kind::Timeout,
                      0,
                      {},
                      QStringLiteral("no answer within %1 ms").arg(timeoutMs)};
        return none;
    }
    return done.first().first().value<ApiResponse>();
}

OrgServiceConfig serviceConfig(const QUrl &server, const QString &dataDir, const QString &actor,
                               const SignInResult &signedIn)
{
    OrgServiceConfig c;
    c.server = server;
    c.dataDir = dataDir;
    c.actor = actor;
    c.endpoints = signedIn.endpoints;
    c.tokens = signedIn.tokens;
    return c;
}

AuthSession *attachSession(ApiClient *client, const SignInResult &signedIn)
{
    auto *session = new AuthSession(signedIn.endpoints, signedIn.tokens, client);
    session->setClient(client);
    client->setAuthSession(session);
    return session;
}

QString program(const QString &sub, const QString &name)
{
    return qEnvironmentVariable("MARKETDESK_BIN") + u'/' + sub + u'/' + name;
}

int patience(int ms)
{
    bool ok = false;
    const int factor = qEnvironmentVariableIntValue("MARKETDESK_TEST_PATIENCE", &ok);
    return ok && factor > 1 ? ms * factor : ms;
}

QUrl startSandboxProcess(QProcess &process, const QStringList &arguments)
{
    process.setProgram(program(QStringLiteral("sandbox"), QStringLiteral("marketdesk-sandbox")));
    process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    process.start();
    if (!process.waitForStarted(patience(10'000)))
        return {};
    static const QRegularExpression re(
        QStringLiteral("listening on (https?://127\\.0\\.0\\.1:\\d+)"));
    QByteArray seen;
    for (int i = 0; i < patience(600); ++i) {
        if (!process.waitForReadyRead(100) && process.state() != QProcess::Running)
            return {};
        seen += process.readAllStandardOutput();
        const auto m = re.match(QString::fromUtf8(seen));
        if (m.hasMatch())
            return QUrl(m.captured(1));
    }
    return {};
}

} // namespace TestSupport
