#pragma once
// Masks what an integration-debugger report must never show in full: the access keys (never
// sent, but scrubbed wherever they might appear), signatures and authTokens (shortened to
// their first characters, enough to compare with a server's log), Body-Sign's signature, and
// clientSecret, password and token values inside JSON bodies. Everything the debugger keeps
// of an exchange passes through here before it is stored.
#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

class SecretMask
{
    Q_DECLARE_TR_FUNCTIONS(SecretMask)

public:
    SecretMask() = default;
    // Values scrubbed wherever they appear (the access keys, generated client secrets).
    void addSecret(const QByteArray &secret);

    // "3f9a1c…(64)": the first 6 characters and the length.
    static QString shorten(QByteArrayView value);
    // The URL with its signature and authToken parameters shortened.
    QString url(const QUrl &url) const;
    // A header's value: x-sign and authToken shortened, Body-Sign's signature shortened.
    QString header(const QByteArray &name, const QByteArray &value) const;
    // A body (JSON or not): "clientSecret", "client_secret", "password", "access_token" and
    // "refresh_token" string values replaced by "•••• (N chars)"; in a form body (not JSON)
    // client_secret, code, password and the tokens replaced by "••••"; then every secret
    // scrubbed.
    QString body(QByteArrayView body) const;
    // Any text: every secret scrubbed.
    QString scrub(QString text) const;

private:
    QByteArrayList m_secrets;
};
