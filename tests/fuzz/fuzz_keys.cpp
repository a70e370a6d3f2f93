// Keys a seller pastes or loads: a public key to upload (PEM or bare Base64), and a private key
// file, plain or encrypted.
#include "fuzz/fuzz_support.h"
#include "seller/private_key_file.h"
#include "seller/public_key_check.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// A message never repeats what was pasted: it may be a private key. (A PEM block's label
// line, which a message may name, is not key material.)
void requireNotRepeated(const QString &message, const QByteArray &input)
{
    static const QRegularExpression run(QStringLiteral("[A-Za-z0-9+/=]{24,}"));
    QByteArray material;
    for (const QByteArray &line : input.split('\n'))
        if (!line.contains("-----"))
            material += line + '\n';
    auto it = run.globalMatch(QString::fromLatin1(material));
    // The label a message names ("no -----END X----- line") may hold anything. Every BEGIN is
    // looked at, overlapping ones too: the reader skips a BEGIN line with an empty label and
    // names the next one's ("-----BEGIN -----BEGIN X-----"), which a pattern matched without
    // overlap never saw (a 10-minute run found it).
    const QString text = QString::fromLatin1(input);
    QStringList labels;
    for (qsizetype at = text.indexOf(u"-----BEGIN "); at >= 0;
         at = text.indexOf(u"-----BEGIN ", at + 1)) {
        const qsizetype from = at + 11;
        const qsizetype end = text.indexOf(u"-----", from);
        if (end >= 0 && !QStringView(text).mid(from, end - from).contains(u'\n'))
            labels << text.mid(from, end - from);
    }
    while (it.hasNext()) {
        const QString piece = it.next().captured();
        if (std::any_of(labels.cbegin(), labels.cend(),
                        [&](const QString &l) { return l.contains(piece); }))
            continue;
        if (message.contains(piece))
            std::fprintf(stderr, "fuzz: \"%s\" repeats \"%s\"\n", qPrintable(message),
                         qPrintable(piece));
        FUZZ_REQUIRE(!message.contains(piece), "a message repeats no key material");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const auto pasted = PublicKeyCheck::check(QString::fromUtf8(input));
    if (pasted) {
        const QByteArray bare = pasted.value().publicKeyBase64();
        const auto again = PublicKeyCheck::check(QString::fromLatin1(bare));
        FUZZ_REQUIRE(again.ok(), "a normalised public key is accepted");
        FUZZ_REQUIRE(again.value().publicKeyBase64() == bare, "normalising twice changes nothing");
    } else {
        FUZZ_REQUIRE(!pasted.error().isEmpty(), "a refused public key says why");
        requireNotRepeated(pasted.error(), input);
    }
    for (const QByteArrayView passphrase : {QByteArrayView(), QByteArrayView("fuzz passphrase")}) {
        const auto key = PrivateKeyFile::fromPem(input, passphrase);
        if (!key) {
            FUZZ_REQUIRE(!key.error().isEmpty(), "a refused private key says why");
            requireNotRepeated(key.error(), input);
        }
    }
    return 0;
}
