#pragma once
// Test support for the apps and licenses routes: one request over real loopback HTTP with a
// named account's bearer, a fresh Idempotency-Key on every change unless one is given, and the
// answer taken apart (status, JSON, headers). Blocking; tests only.
#include <QHash>
#include <QJsonObject>
#include <QUrl>

struct RouteAnswer
{
    int status = 0; // 0: no HTTP answer (a dropped connection)
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers;
    QString code() const { return json.value(u"resultCode").toString(); }
    QString message() const { return json.value(u"resultMsg").toString(); }
    QString field() const { return json.value(u"field").toString(); }
};

class SandboxCaller
{
public:
    explicit SandboxCaller(QUrl server = {})
        : m_server(std::move(server))
    {
    }
    void setServer(const QUrl &server) { m_server = server; }
    // Signs `account` in through the real flow; "" or what went wrong.
    QString signIn(const QString &who, const QString &account);

    // `key` "none": no Idempotency-Key. `raw`: sent instead of `body` when not null.
    RouteAnswer call(const QString &who, const QByteArray &method, const QString &path,
                     const QJsonObject &body = {}, QByteArray key = {}, const QByteArray &raw = {});
    // Every item of a listing, page after page (`limit` each); `changeToken` gets the last.
    QList<QJsonObject> listAll(const QString &who, const QString &path, int limit = 500,
                               QString *changeToken = nullptr, QString *error = nullptr);

private:
    QUrl m_server;
    QHash<QString, QByteArray> m_tokens;
    int m_keys = 0;
};
