#include "cli/seller_tools.h"

#include "cli/cli_output.h"
#include "cli/seller_debug.h"
#include "cli/seller_inputs.h"
#include "cli/seller_key_tools.h"
#include "seller/body_sign.h"
#include "seller/v1_auth_token.h"
#include "seller/v2_signature.h"

#include <QDateTime>
#include <QMap>

#include <algorithm>

using CliOutput::err;
using CliOutput::out;

namespace {

const QStringList kSellerOptions = {QStringLiteral("scheme"),
                                    QStringLiteral("key-file"),
                                    QStringLiteral("timestamp"),
                                    QStringLiteral("nonce"),
                                    QStringLiteral("signature"),
                                    QStringLiteral("encrypt-type"),
                                    QStringLiteral("iv"),
                                    QStringLiteral("public-key"),
                                    QStringLiteral("oaep"),
                                    QStringLiteral("private-key"),
                                    QStringLiteral("bits"),
                                    QStringLiteral("out"),
                                    QStringLiteral("passphrase-file"),
                                    QStringLiteral("address"),
                                    QStringLiteral("suite"),
                                    QStringLiteral("mode"),
                                    QStringLiteral("basic-key-file"),
                                    QStringLiteral("kit-key-file"),
                                    QStringLiteral("report"),
                                    QStringLiteral("json"),
                                    QStringLiteral("reference-state"),
                                    QStringLiteral("callback"),
                                    QStringLiteral("login-listen"),
                                    QStringLiteral("login-url"),
                                    QStringLiteral("app-id")};

struct Command
{
    QStringList allowed;  // seller options it takes
    QStringList required; // of which it needs
    QString operand;      // the positional argument it needs, empty for none
};

const QMap<QString, Command> &commands()
{
    static const QMap<QString, Command> table = {
        {QStringLiteral("sign"),
         {{"scheme", "key-file", "timestamp", "nonce"}, {"scheme", "key-file"}, "BODY_FILE"}},
        {QStringLiteral("verify"),
         {{"scheme", "key-file", "signature", "timestamp", "nonce"},
          {"scheme", "key-file", "signature"},
          "BODY_FILE"}},
        // Plain values are read from a file (or stdin) and written to one, never taken from
        // or printed on the command line: they are passwords and client secrets.
        {QStringLiteral("encrypt-field"),
         {{"key-file", "encrypt-type", "iv"}, {"key-file"}, "VALUE_FILE"}},
        {QStringLiteral("decrypt-field"),
         {{"key-file", "encrypt-type", "out"}, {"key-file", "out"}, "CIPHERTEXT"}},
        {QStringLiteral("encrypt-secret"), {{"public-key", "oaep"}, {"public-key"}, "VALUE_FILE"}},
        {QStringLiteral("decrypt-secret"),
         {{"private-key", "passphrase-file", "oaep", "out"}, {"private-key", "out"}, "CIPHERTEXT"}},
        {QStringLiteral("keygen"), {{"bits", "out", "passphrase-file"}, {"bits", "out"}, {}}},
        // The integration debugger: keys from files, never from the command line.
        {QStringLiteral("debug"),
         {{"address", "suite", "mode", "basic-key-file", "kit-key-file", "public-key",
           "encrypt-type", "report", "json", "reference-state", "callback", "login-listen",
           "login-url", "app-id"},
          {"address", "suite", "basic-key-file", "kit-key-file"},
          {}}},
    };
    return table;
}

enum class Scheme
{
    V2,
    Kit,
    V1,
    BodySign
};

std::optional<Scheme> schemeFrom(const QString &name)
{
    if (name == u"v2")
        return Scheme::V2;
    if (name == u"kit")
        return Scheme::Kit;
    if (name == u"v1")
        return Scheme::V1;
    if (name == u"body-sign")
        return Scheme::BodySign;
    return std::nullopt;
}

// V1 signs a query string or, for Kit POST calls, the top-level fields of a JSON body.
SellerResult<V1AuthToken::Params> v1Params(const QByteArray &body)
{
    const QByteArray text = body.trimmed();
    return text.startsWith('{') ? V1AuthToken::fromBody(text) : V1AuthToken::fromQuery(text);
}

bool isNonceCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

} // namespace

int SellerTools::run(const QCommandLineParser &p, const QStringList &positional)
{
    const QString sub = positional.value(1);
    const auto it = commands().constFind(sub);
    if (it == commands().constEnd())
        return SellerInputs::refuse(
            tr("unknown command \"%1\"; see --help").arg(positional.join(u' ')));
    for (const QString &option : kSellerOptions) {
        if (p.isSet(option) && !it->allowed.contains(option))
            return SellerInputs::refuse(tr("--%1 is not used by seller %2").arg(option, sub));
    }
    for (const QString &option : it->required) {
        if (!p.isSet(option))
            return SellerInputs::refuse(tr("seller %1 needs --%2").arg(sub, option));
    }
    if (!it->operand.isEmpty() && positional.size() < 3)
        return SellerInputs::refuse(tr("seller %1 needs %2").arg(sub, it->operand));
    const qsizetype expected = it->operand.isEmpty() ? 2 : 3;
    if (positional.size() > expected)
        return SellerInputs::refuse(tr("unexpected argument \"%1\"").arg(positional.at(expected)));
    const QString operand = positional.value(2);
    if (sub == u"sign")
        return sign(p, operand);
    if (sub == u"verify")
        return verify(p, operand);
    if (sub == u"encrypt-field")
        return SellerKeyTools::encryptField(p, operand);
    if (sub == u"decrypt-field")
        return SellerKeyTools::decryptField(p, operand);
    if (sub == u"encrypt-secret")
        return SellerKeyTools::encryptSecret(p, operand);
    if (sub == u"decrypt-secret")
        return SellerKeyTools::decryptSecret(p, operand);
    if (sub == u"debug")
        return SellerDebug::run(p);
    return SellerKeyTools::keygen(p);
}

int SellerTools::sign(const QCommandLineParser &p, const QString &bodyPath)
{
    const auto scheme = schemeFrom(p.value(QStringLiteral("scheme")));
    if (!scheme)
        return SellerInputs::refuse(tr("--scheme: expected v2, kit, v1 or body-sign, got \"%1\"")
                                        .arg(p.value(QStringLiteral("scheme"))));
    const bool v2 = *scheme == Scheme::V2 || *scheme == Scheme::Kit;
    for (const QString &option : {QStringLiteral("timestamp"), QStringLiteral("nonce")}) {
        if (!v2 && p.isSet(option))
            return SellerInputs::refuse(
                tr("--%1 is for v2 and kit; v1 takes the timeStamp in the body, "
                   "body-sign none")
                    .arg(option));
    }
    QByteArray timestamp = p.value(QStringLiteral("timestamp")).toLatin1();
    if (p.isSet(QStringLiteral("timestamp")) &&
        (timestamp.isEmpty() || timestamp.size() > 16 ||
         !std::all_of(timestamp.begin(), timestamp.end(),
                      [](char c) { return c >= '0' && c <= '9'; })))
        return SellerInputs::refuse(
            tr("--timestamp: expected UNIX milliseconds, e.g. 1680508066618, got \"%1\"")
                .arg(p.value(QStringLiteral("timestamp"))));
    QByteArray nonce = p.value(QStringLiteral("nonce")).toLatin1();
    if (p.isSet(QStringLiteral("nonce")) &&
        (nonce.isEmpty() || nonce.size() > 128 ||
         !std::all_of(nonce.begin(), nonce.end(), isNonceCharacter)))
        return SellerInputs::refuse(
            tr("--nonce: expected 1 to 128 letters, digits, \"-\", \"_\", \".\" or "
               "\"~\""));
    const auto key = SellerInputs::accessKey(p);
    if (!key)
        return 2;
    const auto body = SellerInputs::readFile(QStringLiteral("BODY_FILE"), bodyPath);
    if (!body)
        return 2;
    if (*scheme == Scheme::BodySign) {
        out(QStringLiteral("Body-Sign: ") +
            QString::fromLatin1(BodySign::headerValue(*key, *body)));
        return 0;
    }
    if (*scheme == Scheme::V1) {
        const auto params = v1Params(*body);
        const auto token = params ? V1AuthToken::sign(*key, params.value())
                                  : SellerResult<QByteArray>(params.failure());
        if (!token) {
            err(QStringLiteral("%1: %2").arg(bodyPath, token.error()));
            return 1;
        }
        out(QString::fromLatin1(token.value()));
        return 0;
    }
    if (timestamp.isEmpty())
        timestamp = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    if (nonce.isEmpty())
        nonce = V2Signature::makeNonce();
    const auto kind = *scheme == Scheme::V2 ? V2Signature::Scheme::Basic : V2Signature::Scheme::Kit;
    const auto signature = V2Signature::signBody(kind, *key, nonce, timestamp, *body);
    if (!signature) {
        err(QStringLiteral("%1: %2").arg(bodyPath, signature.error()));
        return 1;
    }
    // As the marketplace sends them: URL parameters for basic calls, headers for Kit calls.
    const QString form = *scheme == Scheme::V2 ? QStringLiteral("%1=%2") : QStringLiteral("%1: %2");
    const QStringList names = *scheme == Scheme::V2
                                  ? QStringList{"signature", "timestamp", "nonce"}
                                  : QStringList{"x-sign", "x-timestamp", "x-nonce"};
    out(form.arg(names[0], QString::fromLatin1(signature.value())));
    out(form.arg(names[1], QString::fromLatin1(timestamp)));
    out(form.arg(names[2], QString::fromLatin1(nonce)));
    return 0;
}

int SellerTools::verify(const QCommandLineParser &p, const QString &bodyPath)
{
    const auto scheme = schemeFrom(p.value(QStringLiteral("scheme")));
    if (!scheme)
        return SellerInputs::refuse(tr("--scheme: expected v2, kit, v1 or body-sign, got \"%1\"")
                                        .arg(p.value(QStringLiteral("scheme"))));
    const bool v2 = *scheme == Scheme::V2 || *scheme == Scheme::Kit;
    for (const QString &option : {QStringLiteral("timestamp"), QStringLiteral("nonce")}) {
        if (v2 && !p.isSet(option))
            return SellerInputs::refuse(
                tr("seller verify --scheme %1 needs --%2 (the one sent with the "
                   "signature)")
                    .arg(p.value(QStringLiteral("scheme")), option));
        if (!v2 && p.isSet(option))
            return SellerInputs::refuse(
                tr("--%1 is for v2 and kit; v1 takes the timeStamp in the body, "
                   "body-sign none")
                    .arg(option));
    }
    const auto key = SellerInputs::accessKey(p);
    if (!key)
        return 2;
    const auto body = SellerInputs::readFile(QStringLiteral("BODY_FILE"), bodyPath);
    if (!body)
        return 2;
    const QByteArray signature = p.value(QStringLiteral("signature")).toUtf8().trimmed();
    SellerResult<void> result;
    if (v2) {
        result = V2Signature::verifyBody(
            *scheme == Scheme::V2 ? V2Signature::Scheme::Basic : V2Signature::Scheme::Kit, *key,
            p.value(QStringLiteral("nonce")).toUtf8(),
            p.value(QStringLiteral("timestamp")).toUtf8(), *body, signature);
    } else if (*scheme == Scheme::V1) {
        const auto params = v1Params(*body);
        result = params ? V1AuthToken::verify(*key, params.value(), signature)
                        : SellerResult<void>(params.failure());
    } else {
        // The whole header value, or the bare Base64 signature it carries.
        result =
            BodySign::verify(*key, *body,
                             signature.contains("sign_type")
                                 ? signature
                                 : "sign_type=\"HMAC-SHA256\", signature= \"" + signature + '"');
    }
    if (!result) {
        err(QStringLiteral("%1: %2").arg(bodyPath, result.error()));
        return 1;
    }
    out(tr("The signature is valid."));
    return 0;
}
