#pragma once
// Test support: plays the marketplace against a reference SaaS server over loopback HTTP,
// signing every call with the seller crypto core (app/core/seller) as KooGallery does: V2
// basic calls with signature/timestamp/nonce, Kit calls with x-sign headers, V1 calls with
// authToken. Each knob spoils one part of a call, for the refusal tests.
#include "sandbox/reference/reference_host.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

#include <utility>

class QNetworkReply;

struct Reply
{
    int status = 0;
    bool timedOut = false;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QString code() const { return json.value(u"resultCode").toString(); }
    QString message() const { return json.value(u"resultMsg").toString(); }
};

struct Signing
{
    QByteArray nonce;              // empty: a fresh one
    qint64 timestampMs = 0;        // 0: now
    QByteArray key;                // empty: the interface's own key
    bool corruptSignature = false; // flips one digit of the signature
    bool omitSignature = false;
    bool omitTimestamp = false;
    bool omitNonce = false;
    bool upperCase = false; // the signature in upper-case hex
    int timeoutMs = 10'000;
};

// One spoilt part each: Signing{} is a correct call.
inline Signing corrupted()
{
    Signing s;
    s.corruptSignature = true;
    return s;
}
inline Signing signedWith(const QByteArray &key)
{
    Signing s;
    s.key = key;
    return s;
}
inline Signing withNonce(const QByteArray &nonce)
{
    Signing s;
    s.nonce = nonce;
    return s;
}
inline Signing stampedAt(qint64 ms)
{
    Signing s;
    s.timestampMs = ms;
    return s;
}
inline Signing unsigned_()
{
    Signing s;
    s.omitSignature = true;
    return s;
}
inline Signing withoutNonce()
{
    Signing s;
    s.omitNonce = true;
    return s;
}
inline Signing timingOutAfter(int ms)
{
    Signing s;
    s.timeoutMs = ms;
    return s;
}

class ReferenceClient
{
public:
    ReferenceClient(const QUrl &server, QByteArray basicKey, QByteArray kitKey,
                    QString prefix = QStringLiteral("/isv/produce"));

    // V2 basic call: POST <prefix>?signature&timestamp&nonce with `body`.
    Reply basic(const QJsonObject &body, const Signing &s = {});
    // The same with a body given as bytes (malformed ones too; signed over its canonical
    // form when it has one, else over the raw bytes).
    Reply basicRaw(const QByteArray &body, const Signing &s = {});
    // V2 Kit call: POST <prefix>/produceAPI/v2/<name> with x-sign headers.
    Reply kit(const QString &name, const QJsonObject &body, const Signing &s = {});
    // V1 basic call: GET <prefix>?params&authToken (timeStamp added when absent).
    Reply v1Basic(QList<std::pair<QString, QString>> params, const Signing &s = {});
    // V1 Kit call: POST <prefix>/produceAPI/<name>, authToken header.
    Reply v1Kit(const QString &name, QJsonObject body, const Signing &s = {});

    // Trust this CA (PEM) for https, as a server started with tls hands it out.
    void trust(const QByteArray &caPem);

    Reply get(const QString &pathAndQuery, int timeoutMs = 10'000);
    Reply postJson(const QString &path, const QJsonObject &body);
    // GET /_reference/state's body; POST /_reference/faults; POST /_reference/reset.
    QJsonObject state();
    void setFaults(const QJsonObject &faults);
    void reset();

    // Starts a V2 basic call without waiting (for the ordering tests).
    QNetworkReply *startBasic(const QJsonObject &body);
    static Reply wait(QNetworkReply *reply, int timeoutMs = 10'000);

    // "yyyyMMddHHmmssSSS" now, in UTC+8 (Kit bodies) or UTC (V1 basic calls).
    static QString kitTimeStamp();
    static QString utcTimeStamp();

private:
    QNetworkReply *send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                        const QList<std::pair<QByteArray, QByteArray>> &headers, int timeoutMs);
    QUrl url(const QString &path) const;

    QUrl m_server;
    QByteArray m_basicKey;
    QByteArray m_kitKey;
    QString m_prefix;
    QNetworkAccessManager m_network;
    QByteArray m_caPem;
};

// What every reference test starts from: two different access keys, one seller RSA key (made
// once per test program), and a server's options in either generation.
namespace ReferenceFixture {

inline const QByteArray kBasicKey = "basic-key-4f1c9a2e7b";
inline const QByteArray kKitKey = "kit-key-8d3b6e0f51";

// 3072 bits, generated on first use.
const RsaKey &sellerKey();
ReferenceOptions options(ReferenceConfig::Mode mode = ReferenceConfig::Mode::V2);
// A V2 newInstance body.
QJsonObject newInstance(const QString &orderId, const QString &line, const QString &businessId);
// tenantSync and applicationSync bodies (flag 1, testFlag 0); the secret is encrypted with
// sellerKey()'s public half.
QJsonObject tenantSync(const QString &tenantId, const QString &domainName,
                       const QString &instanceId = QStringLiteral("inst-1"));
QJsonObject applicationSync(const QString &tenantId, const QString &appId, const QString &clientId,
                            const QByteArray &clientSecret,
                            const QString &instanceId = QStringLiteral("inst-1"));

} // namespace ReferenceFixture
