#pragma once
// Sends the integration debugger's calls the way the marketplace does (protocol reference §3):
// V2 basic calls as signed POSTs (signature/timestamp/nonce in the URL), Kit calls with x-sign
// headers, V1 basic calls as GETs with authToken and V1 Kit calls with an authToken header —
// each signed with the key bound to its interface type. A call that has no answer after the
// marketplace's 5 s (§2.4) is abandoned. What was sent and received is kept masked for the
// report; the raw answer goes to the judge. Never blocks: the answer comes to a callback.
#include "seller/debugger/debug_check.h"
#include "seller/debugger/debug_target.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class SecretMask;

struct DebugRequest
{
    enum class Kind
    {
        Basic,          // the production address (V2 POST, V1 GET)
        Kit,            // <address>/produceAPI[/v2]/<kitName>
        ReferenceState, // GET /_reference/state of marketdesk's reference server (unsigned)
        LoginCallback   // GET <the credential's callback address>?<params> (unsigned, §5)
    };
    Kind kind = Kind::Basic;
    QString kitName;
    QJsonObject body; // V2 basic and all Kit calls
    // V1 basic calls (timeStamp added when absent); the login callback's query (code, tenant).
    QList<std::pair<QString, QString>> params;
    // For the security checks: a spoilt signature, a chosen timestamp (ms; 0 = now) and a
    // chosen nonce (empty = fresh).
    bool wrongSignature = false;
    qint64 timestampMs = 0;
    QByteArray nonce;
    int timeoutMs = 0; // 0: the marketplace's 5 s
};

struct DebugAnswer
{
    int status = 0;
    bool timedOut = false;
    QString error; // no answer: why
    qint64 elapsedMs = -1;
    QByteArray body;
    QJsonObject json;
    bool isJsonObject = false;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray bodySignKey;                // V1: the key Body-Sign must verify with
    DebugExchange exchange;                // masked, for the report

    bool answered() const { return status != 0 && error.isEmpty(); }
    QString code() const { return json.value(u"resultCode").toString(); }
};

class DebugCaller : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 5000; // the marketplace's request timeout (§2.4)
    using Done = std::function<void(const DebugAnswer &)>;

    DebugCaller(const DebugTarget &target, const SecretMask &mask, QNetworkAccessManager *network,
                QObject *parent = nullptr);

    void send(const DebugRequest &request, Done done);
    // Abandons every call in flight; their callbacks are not called.
    void abortAll();

    // "yyyyMMddHHmmssSSS" now: UTC+8 (Kit bodies) or UTC (V1 basic calls).
    static QString kitTimeStamp();
    static QString utcTimeStamp();

private:
    QNetworkReply *start(const DebugRequest &request, DebugAnswer *answer);
    void finish(QNetworkReply *reply, DebugAnswer answer, const Done &done);

    const DebugTarget &m_target;
    const SecretMask &m_mask;
    QNetworkAccessManager *m_network;
    QSet<QNetworkReply *> m_inFlight;
};
