#include "soak/sandbox_view.h"

#include "support/sandbox_fixture.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QUuid>

bool SandboxView::set(const QString &path, const QJsonObject &body, QString *error) const
{
    int status = 0;
    const QJsonObject answer =
        TestSupport::httpJson(m_server.resolved(QUrl(path)), "POST", body, &status);
    if (status == 200)
        return true;
    *error = QStringLiteral("the sandbox refused POST %1 (HTTP %2): %3")
                 .arg(path)
                 .arg(status)
                 .arg(answer.value(u"resultMsg").toString());
    return false;
}

QJsonObject SandboxView::get(const QString &pathAndQuery) const
{
    return TestSupport::httpJson(m_server.resolved(QUrl(pathAndQuery)));
}

QJsonObject SandboxView::tenantStats(const QString &tenant) const
{
    return get(QStringLiteral("/_sandbox/stats?tenant=") + tenant);
}

bool SandboxView::list(const QString &path, QList<QJsonObject> *items, QString *error) const
{
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        QUrl url = m_server.resolved(QUrl(path));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("5000"));
        if (!cursor.isEmpty())
            q.addQueryItem(QStringLiteral("cursor"), cursor);
        url.setQuery(q);
        int status = 0;
        const QJsonObject answer = TestSupport::httpJson(url, "GET", {}, &status);
        if (status != 200) {
            *error = QStringLiteral("GET %1 answered HTTP %2").arg(url.toString()).arg(status);
            return false;
        }
        for (const QJsonValue &v : answer.value(u"items").toArray())
            items->append(v.toObject());
        cursor = answer.value(u"nextCursor").toString();
        if (cursor.isEmpty())
            return true;
    }
    *error = QStringLiteral("%1: more than 1000 pages").arg(path);
    return false;
}

bool SandboxView::signIn(QString *error) const
{
    SignInResult signedIn;
    if (const QString e = TestSupport::signIn(m_server, QStringLiteral("zhang.min"), &signedIn);
        !e.isEmpty()) {
        *error = QStringLiteral("a sign-in of the soak's own: ") + e;
        return false;
    }
    TestSupport::useBearer(signedIn.tokens.accessToken);
    return true;
}

bool SandboxView::sendAside(const QString &userName, QString *error) const
{
    if (!signIn(error))
        return false;
    int status = 0;
    const QJsonObject answer = TestSupport::httpJson(
        m_server.resolved(QUrl(QStringLiteral("/api/v1/org/members/batch"))), "POST",
        {{QStringLiteral("action"), QStringLiteral("enable")},
         {QStringLiteral("userNames"), QJsonArray{userName}}},
        &status, QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    TestSupport::useBearer({});
    if (status == 200)
        return true;
    *error = QStringLiteral("HTTP %1: %2").arg(status).arg(answer.value(u"resultMsg").toString());
    return false;
}

bool SandboxView::spendRefreshToken(const QUrl &tokenEndpoint, const QByteArray &refreshToken,
                                    QString *error, int *statusOut) const
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("marketdesk"));
    QNetworkAccessManager nam;
    QNetworkRequest request(tokenEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = nam.post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    if (statusOut)
        *statusOut = status;
    if (status == 200)
        return true;
    *error = QStringLiteral("spending a refresh token at %1: HTTP %2")
                 .arg(tokenEndpoint.toString())
                 .arg(status);
    return false;
}

bool SandboxView::read(const QString &grantApp, const QString &switchApp, ServerState *state,
                       QString *error) const
{
    if (!signIn(error))
        return false;
    QList<QJsonObject> members, grants, apps;
    const bool ok = list(QStringLiteral("/api/v1/org/members"), &members, error) &&
                    list(QStringLiteral("/api/v1/apps/%1/grants").arg(grantApp), &grants, error) &&
                    list(QStringLiteral("/api/v1/apps"), &apps, error);
    TestSupport::useBearer({});
    if (!ok)
        return false;
    for (const QJsonObject &m : members) {
        const QString u = m.value(u"userName").toString();
        state->enabled.insert(u, m.value(u"enabled").toBool());
        state->names.insert(u, m.value(u"name").toString());
    }
    for (const QJsonObject &g : grants)
        if (g.value(u"kind").toString() == u"member")
            state->granted.insert(g.value(u"id").toString());
    bool found = false;
    for (const QJsonObject &a : apps)
        if (a.value(u"appId").toString() == switchApp) {
            state->switchEnabled = a.value(u"enabled").toBool();
            found = true;
        }
    if (!found || members.isEmpty()) {
        *error = QStringLiteral("reading the server back: %1 members, app %2 %3")
                     .arg(members.size())
                     .arg(switchApp, found ? "listed" : "not listed");
        return false;
    }
    return true;
}
