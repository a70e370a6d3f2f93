#pragma once
// The tokens of one signed-in account. Lives in memory and in the secret store only: never
// in SQLite, settings, logs or exports (its debug output gives sizes, never the tokens).
#include <QByteArray>
#include <QDateTime>
#include <QDebug>
#include <QJsonObject>
#include <QMetaType>

struct TokenSet
{
    QByteArray accessToken;
    QByteArray refreshToken;
    QDateTime expiresAt;  // UTC; invalid when the server did not say
    qint64 lifetimeS = 0; // expires_in as issued, to refresh a tenth of it early
    QString scope;

    bool isEmpty() const { return accessToken.isEmpty(); }
    // Within the last tenth of its life (at most the last minute), or past it.
    bool expiresSoon(const QDateTime &now) const;

    // A token endpoint answer (RFC 6749 §5.1). On failure returns false with a message that
    // names the field at fault; the tokens themselves never appear in it.
    static bool fromTokenResponse(const QJsonObject &json, const QDateTime &now, TokenSet *out,
                                  QString *error);

    // The form kept in the secret store.
    QByteArray serialize() const;
    static bool deserialize(const QByteArray &data, TokenSet *out, QString *error);
};

// Says when the tokens expire and how long they are, never what they are.
QDebug operator<<(QDebug debug, const TokenSet &tokens);

Q_DECLARE_METATYPE(TokenSet)
