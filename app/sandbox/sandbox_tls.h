#pragma once
// Certificates the sandbox makes for itself with OpenSSL, so HTTPS can be tested without any
// file in the repository: a CA and a server certificate it signed for 127.0.0.1 and
// localhost — or, for the refusal tests, a self-signed, an expired or a wrong-host one.
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
        WrongHost   // signed by the CA, for wrong.example.com only
    };

    static bool parseMode(const QString &text, Mode *mode);
    // Generates a CA and a server certificate. Returns an empty string, or what failed.
    QString generate(Mode mode);

    QByteArray caPem() const { return m_caPem; }
    QByteArray certificatePem() const { return m_certPem; }
    QSslConfiguration serverConfiguration() const;

private:
    QByteArray m_caPem;
    QByteArray m_certPem;
    QByteArray m_keyPem;
};
