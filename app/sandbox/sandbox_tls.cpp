#include "sandbox/sandbox_tls.h"

#include <QSslCertificate>
#include <QSslKey>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
};
template <typename T> using Owned = std::unique_ptr<T, Free>;

Owned<EVP_PKEY> newKey()
{
    return Owned<EVP_PKEY>(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// Makes a certificate for `key` named `commonName`, signed by issuerKey (issuer == nullptr:
// self-signed). Validity is [notBeforeDays, notAfterDays] from now.
Owned<X509> makeCertificate(EVP_PKEY *key, const char *commonName, X509 *issuer,
                            EVP_PKEY *issuerKey, long notBeforeDays, long notAfterDays,
                            const char *basicConstraints, const char *subjectAltName, long serial)
{
    Owned<X509> cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), notBeforeDays * 24 * 3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), notAfterDays * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("marketdesk sandbox"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509 *issuerCert = issuer ? issuer : cert.get();
    if (!addExtension(cert.get(), issuerCert, NID_basic_constraints, basicConstraints) ||
        !addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash"))
        return nullptr;
    if (subjectAltName &&
        !addExtension(cert.get(), issuerCert, NID_subject_alt_name, subjectAltName))
        return nullptr;
    if (!X509_sign(cert.get(), issuerKey, EVP_sha256()))
        return nullptr;
    return cert;
}

QByteArray pem(X509 *cert)
{
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, len);
}

QByteArray pem(EVP_PKEY *key)
{
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, len);
}

} // namespace

bool SandboxTls::parseMode(const QString &text, Mode *mode)
{
    if (text.isEmpty() || text == u"valid")
        *mode = Mode::Valid;
    else if (text == u"self-signed")
        *mode = Mode::SelfSigned;
    else if (text == u"expired")
        *mode = Mode::Expired;
    else if (text == u"wrong-host")
        *mode = Mode::WrongHost;
    else if (text == u"extra-cert")
        *mode = Mode::ExtraCertificate;
    else
        return false;
    return true;
}

QString SandboxTls::generate(Mode mode)
{
    const Owned<EVP_PKEY> caKey = newKey();
    const Owned<EVP_PKEY> serverKey = newKey();
    if (!caKey || !serverKey)
        return QStringLiteral("cannot generate EC keys with OpenSSL");
    const Owned<X509> ca = makeCertificate(caKey.get(), "marketdesk sandbox test CA", nullptr,
                                           caKey.get(), -1, 30, "critical,CA:TRUE", nullptr, 1);
    if (!ca)
        return QStringLiteral("cannot make the CA certificate");
    const char *san =
        mode == Mode::WrongHost ? "DNS:wrong.example.com" : "IP:127.0.0.1,DNS:localhost";
    const char *cn = mode == Mode::WrongHost ? "wrong.example.com" : "127.0.0.1";
    const long from = mode == Mode::Expired ? -30 : -1;
    const long to = mode == Mode::Expired ? -1 : 30;
    const bool self = mode == Mode::SelfSigned;
    const Owned<X509> server =
        makeCertificate(serverKey.get(), cn, self ? nullptr : ca.get(),
                        self ? serverKey.get() : caKey.get(), from, to, "CA:FALSE", san, 2);
    if (!server)
        return QStringLiteral("cannot make the server certificate");
    m_caPem = pem(ca.get());
    m_certPem = pem(server.get());
    if (mode == Mode::ExtraCertificate) {
        const Owned<EVP_PKEY> otherKey = newKey();
        const Owned<X509> other =
            otherKey ? makeCertificate(otherKey.get(), "127.0.0.1", nullptr, otherKey.get(), -1, 30,
                                       "CA:FALSE", "IP:127.0.0.1,DNS:localhost", 3)
                     : nullptr;
        if (!other)
            return QStringLiteral("cannot make the extra certificate");
        m_certPem += pem(other.get());
    }
    m_keyPem = pem(serverKey.get());
    return {};
}

QSslConfiguration SandboxTls::serverConfiguration() const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificateChain(QSslCertificate::fromData(m_certPem, QSsl::Pem));
    c.setPrivateKey(QSslKey(m_keyPem, QSsl::Ec, QSsl::Pem));
    c.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    return c;
}
