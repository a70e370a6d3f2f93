#pragma once
// Certificates the sandbox makes for itself with OpenSSL, so HTTPS can be tested without any
// file in the repository: a CA and a server certificate it signed for 127.0.0.1 and
// localhost — or, for the refusal tests, a self-signed, an expired or a wrong-host one, or a
// valid one sent with an unrelated extra certificate.
#include <QByteArray>
#include <QSslConfiguration>
#include <QString>

class SandboxTls
{
public:
    enum class Mode
    {
        Valid,      // signed by the generated CA, for 127.0.0.1 and localhost
        SelfSigned, // the server certificate signs itself
        Expired,    // signed by the CA, expired yesterday
        WrongHost,  // signed by the CA, for wrong.example.com only
        // Valid, and the chain sent also carries an unrelated certificate with a key of its
        // own: what a proxy with a trusted certificate could append to pass a naive pin check.
        ExtraCertificate
    };

    static bool parseMode(const QString &text, Mode *mode);
    // Generates a CA and a server certificate. Returns an empty string, or what failed.
    QString generate(Mode mode);

    QByteArray caPem() const { return m_caPem; }
    // The chain the server sends, leaf first, as PEM.
    QByteArray certificatePem() const { return m_certPem; }
    QSslConfiguration serverConfiguration() const;

private:
    QByteArray m_caPem;
    QByteArray m_certPem;
    QByteArray m_keyPem;
};
