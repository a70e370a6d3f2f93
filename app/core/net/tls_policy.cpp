#include "net/tls_policy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

namespace {

struct Free
{
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(X509_STORE *p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX *p) const { X509_STORE_CTX_free(p); }
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
};
template <typename T> using Owned = std::unique_ptr<T, Free>;

Owned<X509> toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return Owned<X509>(d2i_X509(nullptr, &p, der.size()));
}

QSslCertificate fromX509(X509 *x)
{
    unsigned char *der = nullptr;
    const int len = i2d_X509(x, &der);
    QSslCertificate c;
    if (len > 0)
        c = QSslCertificate(QByteArray(reinterpret_cast<const char *>(der), len), QSsl::Der);
    OPENSSL_free(der);
    return c;
}

} // namespace

bool TlsPolicy::loadCaFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("TlsPolicy", "cannot read the CA file %1: %2")
                     .arg(path, f.errorString());
        return false;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(f.read(1024 * 1024), QSsl::Pem);
    if (certs.isEmpty()) {
        *error = QCoreApplication::translate(
                     "TlsPolicy", "%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)")
                     .arg(path);
        return false;
    }
    for (const QSslCertificate &c : certs) {
        if (c.isNull()) {
            *error = QCoreApplication::translate("TlsPolicy", "%1 holds a damaged certificate")
                         .arg(path);
            return false;
        }
    }
    caFile = path;
    caCertificates = certs;
    return true;
}

QString TlsPolicy::checkPin(const QByteArray &pin)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(pin, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return QCoreApplication::translate(
                   "TlsPolicy",
                   "\"%1\" is not a public-key pin: expected the base64 of a SHA-256 hash "
                   "(44 characters ending in =)")
            .arg(QString::fromLatin1(pin.left(60)));
    return {};
}

QSslConfiguration TlsPolicy::configuration() const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    if (!caCertificates.isEmpty())
        c.addCaCertificates(caCertificates);
    return c;
}

QList<QSslCertificate> TlsPolicy::verifiedChain(const QList<QSslCertificate> &sent) const
{
    if (sent.isEmpty())
        return {};
    const Owned<X509> leaf = toX509(sent.first());
    const Owned<X509_STORE> store(X509_STORE_new());
    const Owned<STACK_OF(X509)> untrusted(sk_X509_new_null());
    const Owned<X509_STORE_CTX> ctx(X509_STORE_CTX_new());
    if (!leaf || !store || !untrusted || !ctx || X509_STORE_set_default_paths(store.get()) != 1)
        return {};
    for (const QSslCertificate &ca : caCertificates) {
        const Owned<X509> x = toX509(ca);
        if (x)
            X509_STORE_add_cert(store.get(), x.get()); // takes its own reference
    }
    // The rest of what was sent may only serve as intermediates on the way to a trusted CA.
    for (qsizetype i = 1; i < sent.size(); ++i) {
        if (X509 *x = toX509(sent.at(i)).release(); x && !sk_X509_push(untrusted.get(), x))
            X509_free(x);
    }
    if (X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1 ||
        X509_verify_cert(ctx.get()) != 1)
        return {};
    QList<QSslCertificate> out;
    STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get());
    for (int i = 0; i < sk_X509_num(chain); ++i)
        out.append(fromX509(sk_X509_value(chain, i)));
    return out;
}

QString TlsPolicy::verifyPins(const QList<QSslCertificate> &sent) const
{
    if (pins.isEmpty())
        return {};
    for (const QSslCertificate &c : verifiedChain(sent)) {
        if (pins.contains(spkiSha256(c)))
            return {};
    }
    const QByteArray presented = sent.isEmpty() ? QByteArray() : spkiSha256(sent.first());
    return QCoreApplication::translate("TlsPolicy",
                                       "the server's public key (pin %1) is not one of the "
                                       "pinned keys for this account; the connection was "
                                       "closed before anything was sent")
        .arg(QString::fromLatin1(presented));
}

QByteArray TlsPolicy::spkiSha256(const QSslCertificate &certificate)
{
    const Owned<X509> x = toX509(certificate);
    if (!x)
        return {};
    unsigned char *spki = nullptr;
    const int len = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x.get()), &spki);
    QByteArray hash;
    if (len > 0)
        hash = QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char *>(spki), len),
                                        QCryptographicHash::Sha256)
                   .toBase64();
    OPENSSL_free(spki);
    return hash;
}

QString TlsPolicy::describe(const QSslCertificate &c)
{
    if (c.isNull())
        return QCoreApplication::translate("TlsPolicy", "no certificate");
    const QByteArray fp = c.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    return QCoreApplication::translate("TlsPolicy",
                                       "subject \"%1\", issuer \"%2\", valid %3 to %4, "
                                       "SHA-256 %5")
        .arg(c.subjectDisplayName(), c.issuerDisplayName(),
             c.effectiveDate().toUTC().toString(Qt::ISODate),
             c.expiryDate().toUTC().toString(Qt::ISODate), QString::fromLatin1(fp));
}

QString TlsPolicy::describe(const QList<QSslError> &errors)
{
    if (errors.isEmpty())
        return {};
    QStringList what;
    for (const QSslError &e : errors)
        if (!what.contains(e.errorString()))
            what << e.errorString();
    return QCoreApplication::translate("TlsPolicy", "%1 (certificate: %2)")
        .arg(what.join(QStringLiteral("; ")), describe(errors.first().certificate()));
}
