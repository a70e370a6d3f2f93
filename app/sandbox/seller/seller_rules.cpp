#include "sandbox/seller/seller_rules.h"

#include <QHostAddress>
#include <QUrl>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace SellerRules {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString urlProblem(const QString &text, UrlUse use)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("required");
    if (text.size() > MaxUrlLength)
        return QStringLiteral("at most %1 characters, got %2").arg(MaxUrlLength).arg(text.size());
    for (const QChar c : text)
        if (c.isSpace())
            return QStringLiteral("contains a space or a line break");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return QStringLiteral("\"%1\" is not a valid URL (%2)")
            .arg(text.left(200), url.errorString());
    if (url.scheme().isEmpty() || url.host().isEmpty())
        return QStringLiteral("\"%1\" needs a scheme and a host, e.g. https://isv.example.com/"
                              "produce")
            .arg(text.left(200));
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return QStringLiteral("scheme \"%1\" is not allowed; use https").arg(url.scheme());
    if (!url.userInfo().isEmpty())
        return QStringLiteral("must not carry a user name or password");
    if (url.hasFragment())
        return QStringLiteral("must not have a fragment (#…)");
    const bool loopback = isLoopbackHost(url.host());
    if (url.scheme() == u"http" && !loopback)
        return QStringLiteral("http is allowed only for a loopback host (127.0.0.1, ::1, "
                              "localhost); use https for %1")
            .arg(url.host());
    if (use != UrlUse::ProductionAddress)
        return {};
    if (url.hasQuery())
        return QStringLiteral("must not have a query (?…): the marketplace appends "
                              "/produceAPI/… to the address");
    if (loopback)
        return {};
    if (!QHostAddress(url.host()).isNull())
        return QStringLiteral("the marketplace calls domain names only, not an IP address (%1)")
            .arg(url.host());
    if (url.port() != -1 && url.port() != 443)
        return QStringLiteral("the marketplace calls port 443 only, not %1").arg(url.port());
    return {};
}

QString normalisedUrl(const QString &text)
{
    QUrl url(text.trimmed());
    if ((url.scheme() == u"https" && url.port() == 443) ||
        (url.scheme() == u"http" && url.port() == 80))
        url.setPort(-1);
    url = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    url.setHost(url.host().toLower());
    return url.toString(QUrl::FullyEncoded);
}

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;

// What the DER is, when it is not a SubjectPublicKeyInfo: a private key or a bare PKCS#1 key
// get a sentence of their own, since they are the usual mistakes.
QString notPublicKeyInfo(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    if (Key(d2i_AutoPrivateKey(nullptr, &p, long(der.size()))))
        return QStringLiteral("this is a private key; paste the public key (openssl rsa -pubout) "
                              "and keep the private key to yourself");
    p = reinterpret_cast<const unsigned char *>(der.constData());
    if (Key(d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, long(der.size()))))
        return QStringLiteral("this is a bare PKCS#1 RSAPublicKey (BEGIN RSA PUBLIC KEY); paste "
                              "the X.509 SubjectPublicKeyInfo form (BEGIN PUBLIC KEY, as "
                              "openssl rsa -pubout writes it)");
    return QStringLiteral("not a public key: the base64 does not decode to an X.509 "
                          "SubjectPublicKeyInfo");
}

} // namespace

QString publicKeyProblem(const QByteArray &pasted)
{
    const QByteArray text = pasted.trimmed();
    if (text.isEmpty())
        return QStringLiteral("required: paste the RSA public key (base64, without the "
                              "BEGIN/END lines)");
    if (text.size() > 8192)
        return QStringLiteral("%1 characters is too long for an RSA public key").arg(text.size());
    if (text.contains("PRIVATE KEY"))
        return QStringLiteral("this is a private key; paste the public key and keep the private "
                              "key to yourself");
    if (text.contains("-----"))
        return QStringLiteral("paste the key without the -----BEGIN PUBLIC KEY----- and -----END "
                              "PUBLIC KEY----- lines");
    QByteArray compact;
    compact.reserve(text.size());
    for (const char c : text)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            compact.append(c);
    const auto decoded =
        QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return QStringLiteral("not base64 (only A-Z a-z 0-9 + / and = padding may appear)");
    const QByteArray &der = decoded.decoded;
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const Key key(d2i_PUBKEY(nullptr, &p, long(der.size())));
    QString problem;
    const qsizetype used = p - reinterpret_cast<const unsigned char *>(der.constData());
    if (!key) {
        problem = notPublicKeyInfo(der);
    } else if (used != der.size()) {
        problem =
            QStringLiteral("%1 bytes follow the key; paste one key only").arg(der.size() - used);
    } else if (EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_RSA_PSS) {
        problem = QStringLiteral("an RSA-PSS key can only sign; RSA-OAEP needs a plain RSA key "
                                 "(rsaEncryption)");
    } else if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA) {
        const char *type = EVP_PKEY_get0_type_name(key.get());
        problem = QStringLiteral("a %1 key, not RSA: the marketplace encrypts clientSecret with "
                                 "RSA-OAEP")
                      .arg(QString::fromLatin1(type ? type : "non-RSA"));
    } else if (const int bits = EVP_PKEY_get_bits(key.get()); bits < MinimumKeyBits) {
        problem = QStringLiteral("an RSA key of %1 bits; RSA-OAEP here needs at least %2 bits")
                      .arg(bits)
                      .arg(MinimumKeyBits);
    }
    ERR_clear_error(); // the failed parses leave their reasons on this thread's queue
    return problem;
}

} // namespace SellerRules
