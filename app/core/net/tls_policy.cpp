#include "net/tls_policy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <openssl/x509.h>

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

QString TlsPolicy::verifyPins(const QList<QSslCertificate> &chain) const
{
    if (pins.isEmpty())
        return {};
    for (const QSslCertificate &c : chain) {
        if (pins.contains(spkiSha256(c)))
            return {};
    }
    const QByteArray presented = chain.isEmpty() ? QByteArray() : spkiSha256(chain.first());
    return QCoreApplication::translate("TlsPolicy",
                                       "the server's public key (pin %1) is not one of the "
                                       "pinned keys for this account; the connection was "
                                       "closed before anything was sent")
        .arg(QString::fromLatin1(presented));
}

QByteArray TlsPolicy::spkiSha256(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x = d2i_X509(nullptr, &p, der.size());
    if (!x)
        return {};
    unsigned char *spki = nullptr;
    const int len = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x), &spki);
    QByteArray hash;
    if (len > 0)
        hash = QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char *>(spki), len),
                                        QCryptographicHash::Sha256)
                   .toBase64();
    OPENSSL_free(spki);
    X509_free(x);
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
