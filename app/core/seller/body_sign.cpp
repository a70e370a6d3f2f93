#include "seller/body_sign.h"

#include "seller/hmac_sha256.h"

namespace {

// A small cursor over the header value, so that each refusal can say where it happened.
struct Cursor
{
    QByteArrayView s;
    qsizetype i = 0;
    void skipSpace()
    {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
    }
    bool take(QByteArrayView word)
    {
        if (!s.sliced(i).startsWith(word))
            return false;
        i += word.size();
        return true;
    }
    // A double-quoted value; false (and i at the problem) without its quotes.
    bool quoted(QByteArrayView *out, bool *unterminated)
    {
        *unterminated = false;
        if (i >= s.size() || s[i] != '"')
            return false;
        const qsizetype close = s.indexOf('"', i + 1);
        if (close < 0) {
            *unterminated = true;
            return false;
        }
        *out = s.sliced(i + 1, close - i - 1);
        i = close + 1;
        return true;
    }
};

} // namespace

QByteArray BodySign::signature(QByteArrayView accessKey, QByteArrayView body)
{
    return HmacSha256::base64(accessKey, body);
}

QByteArray BodySign::headerValue(QByteArrayView accessKey, QByteArrayView body)
{
    return "sign_type=\"HMAC-SHA256\", signature= \"" + signature(accessKey, body) + '"';
}

SellerResult<QByteArray> BodySign::parse(QByteArrayView header)
{
    Cursor c{header.trimmed()};
    if (c.s.size() >= 10 && c.s.first(10).compare("Body-Sign:", Qt::CaseInsensitive) == 0) {
        c.i = 10;
        c.skipSpace();
    }
    if (c.i >= c.s.size())
        return SellerError{tr("the Body-Sign header is empty")};
    if (!c.take("sign_type"))
        return SellerError{
            tr("Body-Sign must start with sign_type=\"HMAC-SHA256\" (byte %1)").arg(c.i)};
    c.skipSpace();
    if (!c.take("="))
        return SellerError{tr("Body-Sign: \"=\" expected after sign_type (byte %1)").arg(c.i)};
    c.skipSpace();
    QByteArrayView type;
    bool unterminated = false;
    if (!c.quoted(&type, &unterminated))
        return SellerError{unterminated
                               ? tr("Body-Sign: the quote after sign_type= is never closed")
                               : tr("Body-Sign: sign_type's value must be in double quotes "
                                    "(byte %1)")
                                     .arg(c.i)};
    if (type != "HMAC-SHA256")
        return SellerError{tr("Body-Sign: sign_type is \"%1\"; it must be \"HMAC-SHA256\"")
                               .arg(QString::fromUtf8(type))};
    c.skipSpace();
    if (!c.take(","))
        return SellerError{
            tr("Body-Sign: \",\" expected between sign_type and signature (byte %1)").arg(c.i)};
    c.skipSpace();
    if (!c.take("signature"))
        return SellerError{tr("Body-Sign: signature= expected after the comma (byte %1)").arg(c.i)};
    c.skipSpace();
    if (!c.take("="))
        return SellerError{tr("Body-Sign: \"=\" expected after signature (byte %1)").arg(c.i)};
    c.skipSpace();
    QByteArrayView value;
    if (!c.quoted(&value, &unterminated))
        return SellerError{
            unterminated
                ? tr("Body-Sign: the quote after signature= is never closed")
                : tr("Body-Sign: the signature must be in double quotes (byte %1)").arg(c.i)};
    c.skipSpace();
    if (c.i < c.s.size())
        return SellerError{tr("Body-Sign: unexpected text after the signature (byte %1)").arg(c.i)};
    if (value.isEmpty())
        return SellerError{tr("Body-Sign: the signature is empty")};
    const auto decoded = QByteArray::fromBase64Encoding(value.toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != value)
        return SellerError{tr("Body-Sign: the signature is not Base64")};
    if (decoded.decoded.size() != 32)
        return SellerError{tr("Body-Sign: the signature holds %1 bytes; HMAC-SHA256 gives 32")
                               .arg(decoded.decoded.size())};
    return value.toByteArray();
}

SellerResult<void> BodySign::verify(QByteArrayView accessKey, QByteArrayView body,
                                    QByteArrayView header)
{
    const auto given = parse(header);
    if (!given)
        return given.failure();
    if (!HmacSha256::equals(signature(accessKey, body), given.value()))
        return SellerError{tr("Body-Sign: the signature does not match the body: another key, "
                              "or the body changed after it was signed")};
    return {};
}
