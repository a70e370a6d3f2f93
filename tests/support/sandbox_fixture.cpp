#include "sandbox_fixture.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace TestSupport {

QJsonObject httpJson(const QUrl &url, const QByteArray &method, const QJsonObject &body,
                     int *status, const QByteArray &idempotencyKey)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setTransferTimeout(10'000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
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

QString program(const QString &sub, const QString &name)
{
    return qEnvironmentVariable("MARKETDESK_BIN") + u'/' + sub + u'/' + name;
}

QUrl startSandboxProcess(QProcess &process, const QStringList &arguments)
{
    process.setProgram(program(QStringLiteral("sandbox"), QStringLiteral("marketdesk-sandbox")));
    process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    process.start();
    if (!process.waitForStarted(10'000))
        return {};
    static const QRegularExpression re(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray seen;
    for (int i = 0; i < 600; ++i) {
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
