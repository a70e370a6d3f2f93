#include "sandbox/sandbox_caller.h"

#include "support/sandbox_fixture.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

QString SandboxCaller::signIn(const QString &who, const QString &account)
{
    SignInResult signedIn;
    const QString e = TestSupport::signIn(m_server, account, &signedIn);
    if (e.isEmpty())
        m_tokens.insert(who, signedIn.tokens.accessToken);
    return e;
}

RouteAnswer SandboxCaller::call(const QString &who, const QByteArray &method, const QString &path,
                                const QJsonObject &body, QByteArray key, const QByteArray &raw)
{
    if (key.isEmpty() && method != "GET")
        key = "apps-test-" + QByteArray::number(++m_keys) + '-' +
              QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    if (key == "none")
        key.clear();
    QNetworkAccessManager nam;
    QNetworkRequest request(m_server.resolved(QUrl(path)));
    request.setTransferTimeout(60'000);
    request.setRawHeader("Content-Type", "application/json");
    if (!who.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_tokens.value(who));
    if (!key.isEmpty())
        request.setRawHeader("Idempotency-Key", key);
    const QByteArray payload = raw.isNull() ? QJsonDocument(body).toJson() : raw;
    QNetworkReply *reply =
        method == "GET" ? nam.get(request) : nam.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    RouteAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        a.headers.insert(name, value);
    delete reply;
    return a;
}

QList<QJsonObject> SandboxCaller::listAll(const QString &who, const QString &path, int limit,
                                          QString *changeToken, QString *error)
{
    QList<QJsonObject> items;
    QString cursor;
    for (int pages = 0; pages < 10'000; ++pages) {
        QUrl url(path);
        QUrlQuery q(url);
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (!cursor.isEmpty())
            q.addQueryItem(QStringLiteral("cursor"), cursor);
        url.setQuery(q);
        const RouteAnswer a = call(who, "GET", url.toString());
        if (a.status != 200) {
            if (error)
                *error = QString::fromUtf8(a.body);
            return items;
        }
        for (const QJsonValue &v : a.json.value(u"items").toArray())
            items.append(v.toObject());
        cursor = a.json.value(u"nextCursor").toString();
        if (changeToken)
            *changeToken = a.json.value(u"changeToken").toString();
        if (cursor.isEmpty())
            break;
    }
    return items;
}
