// What sign-in reads from a server or from disk: token answers (and the form tokens are kept
// in), userinfo, discovery documents, the accounts file's records.
#include "fuzz/fuzz_support.h"
#include "identity/account_store.h"
#include "identity/oauth_endpoints.h"
#include "identity/token_set.h"
#include "identity/user_info.h"

#include <QUrl>

namespace {

// A token must never be in a message a person or a log reads. A token's text may also be a
// word of the message itself ("Bearer"): what counts is whether the message changes with it,
// so the same answer is read again with other tokens.
void requireNoToken(const QString &message, QJsonObject json, const QDateTime &now)
{
    QStringList tokens;
    for (const char *field : {"access_token", "refresh_token"}) {
        const QJsonValue value = json.value(QLatin1String(field));
        if (value.isString() && value.toString().size() >= 4) {
            tokens << value.toString();
            json.insert(QLatin1String(field), QStringLiteral("\u2603%1\u2603").arg(tokens.size()));
        }
    }
    TokenSet ignored;
    QString other;
    TokenSet::fromTokenResponse(json, now, &ignored, &other);
    for (const QString &token : std::as_const(tokens))
        FUZZ_REQUIRE(!message.contains(token) || other.contains(token), "a message shows no token");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const QJsonObject json = Fuzz::json(input).toObject();
    const QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);

    TokenSet tokens;
    QString error;
    if (TokenSet::fromTokenResponse(json, now, &tokens, &error)) {
        TokenSet kept;
        QString again;
        FUZZ_REQUIRE(TokenSet::deserialize(tokens.serialize(), &kept, &again),
                     "tokens read back from the secret store");
        FUZZ_REQUIRE(kept.accessToken == tokens.accessToken &&
                         kept.refreshToken == tokens.refreshToken &&
                         kept.expiresAt == tokens.expiresAt && kept.scope == tokens.scope,
                     "tokens kept are the tokens read");
    } else {
        FUZZ_REQUIRE(!error.isEmpty(), "a refused token answer says why");
        requireNoToken(error, json, now);
    }
    error.clear();
    TokenSet stored;
    if (!TokenSet::deserialize(input, &stored, &error))
        FUZZ_REQUIRE(!error.isEmpty(), "unreadable stored tokens say why");

    UserInfo user;
    error.clear();
    if (!UserInfo::fromJson(json, &user, &error))
        FUZZ_REQUIRE(!error.isEmpty(), "a refused userinfo says why");

    const QUrl server(QStringLiteral("https://console.example.com:8443"));
    OAuthEndpoints endpoints;
    error.clear();
    if (OAuthEndpoints::fromDiscovery(json, server, OAuthEndpoints::forServer(server), &endpoints,
                                      &error)) {
        // A discovery document that sends the sign-in to another origin is refused.
        for (const QUrl &url : {endpoints.authorize, endpoints.token, endpoints.userinfo})
            FUZZ_REQUIRE(url.scheme() == server.scheme() && url.host() == server.host() &&
                             url.port() == server.port(),
                         "every endpoint discovered is on the server's origin");
        endpoints.problem();
    } else
        FUZZ_REQUIRE(!error.isEmpty(), "a refused discovery document says why");

    Account account;
    error.clear();
    if (Account::fromJson(json, &account, &error)) {
        account.problem();
        Account again;
        QString secondError;
        FUZZ_REQUIRE(Account::fromJson(account.toJson(), &again, &secondError),
                     "an account's own JSON reads back");
        FUZZ_REQUIRE(again.toJson() == account.toJson(), "an account reads back unchanged");
    } else {
        FUZZ_REQUIRE(!error.isEmpty(), "a refused account says why");
    }
    return 0;
}
