#pragma once
// What the integration debugger runs against (应用接入调试): a seller's production address with
// the keys bound to it — one for the basic interfaces, another for Kit (protocol reference
// §3.1) — the protocol generation it speaks, the seller's RSA public key that applicationSync's
// clientSecret is encrypted with (§3.6), V1's encryptType (§3.3) and the CA certificates to
// trust besides the system's; for the login suite, the credential's callback address and where
// the debugger's own OAuth provider listens. Plain http is allowed only to this computer
// (loopback); TLS is always verified.
#include "seller/rsa_key.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

class DebugTarget
{
    Q_DECLARE_TR_FUNCTIONS(DebugTarget)

public:
    enum class Mode
    {
        V2, // POST JSON, signature/timestamp/nonce, x-sign headers (§3.4, §3.5)
        V1  // GET with authToken, Kit authToken header, Body-Sign, AES fields (§3.1–§3.3)
    };

    QUrl address; // the production address, e.g. https://saas.example.com/isv/produce
    Mode mode = Mode::V2;
    QByteArray basicKey;
    QByteArray kitKey;
    RsaKey publicKey;                          // null: applicationSync's checks are skipped
    QList<QSslCertificate> caCertificates;     // trusted besides the system's CAs
    QString encryptType = QStringLiteral("1"); // V1: "1" AES-256, "2" AES-128
    // The server is marketdesk's reference SaaS server: GET /_reference/state may be read for
    // the evidence the protocol does not give (repeated Kit adds). Off for a seller's server.
    bool referenceAware = false;

    // The login suite (§5). The credential's callback address (应用登录地址), which receives
    // ?code&tenant; empty: the suite is not run.
    QUrl loginCallback;
    // Where the debugger's OAuth provider listens (port 0: a free one). Loopback by default:
    // a server on another computer cannot reach it there.
    QHostAddress loginListenHost = QHostAddress(QHostAddress::LocalHost);
    quint16 loginListenPort = 0;
    // The address the seller's server reaches the provider at, sent as the tenant's
    // domainName; empty: http://<listen host>:<port>.
    QUrl loginUrl;
    // The credential's appId that applicationSync and authSync name; empty: one per run.
    QString appId;

    // What makes this target unusable (no address, http to another computer, a missing key,
    // the same key twice, a bad encryptType), or empty.
    QString problem() const;
    // What makes the login suite's settings unusable (a callback that is not http(s), a
    // provider the callback's server cannot reach), or empty. Not part of problem(): the other
    // suites run without them.
    QString loginProblem() const;
    // What makes `callback` unusable as the callback address (not http(s), plain http to
    // another computer, a fragment), or empty.
    static QString callbackProblem(const QUrl &callback);
    // The domainName the login suite delivers, given the port the provider got.
    QUrl loginDomain(quint16 port) const;
    // The system's CAs plus caCertificates; peer verification stays on.
    QSslConfiguration tls() const;
    // address + "/produceAPI/v2/<name>" (V1: "/produceAPI/<name>").
    QUrl kitUrl(const QString &name) const;
    // scheme://host:port + path, for the reference server's own endpoints.
    QUrl originUrl(const QString &path) const;

    static QString modeName(Mode mode);
    static bool parseMode(const QString &text, Mode *mode);
};
