#pragma once
// What an account trusts beyond the system's CAs: one CA file of its own, and optionally the
// SHA-256 of the server's public key (SPKI) with a backup pin. Certificate errors are never
// ignored: they are described (subject, issuer, validity, fingerprint) and refused.
#include <QByteArrayList>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

struct TlsPolicy
{
    QString caFile;
    QList<QSslCertificate> caCertificates; // read from caFile
    QByteArrayList pins;                   // base64 SHA-256 of SubjectPublicKeyInfo

    bool isEmpty() const { return caCertificates.isEmpty() && pins.isEmpty(); }
    // Reads PEM certificates from `path` into caCertificates. The message names the file.
    bool loadCaFile(const QString &path, QString *error);
    // A pin must be 44 characters of base64 that decode to 32 bytes; returns what is wrong.
    static QString checkPin(const QByteArray &pin);

    // The system's CAs plus the account's own.
    QSslConfiguration configuration() const;
    // Empty when no pin is set or a key of the verified chain matches; else why not. `sent`
    // is the chain as the server sent it: only the path the trust store builds from its leaf
    // counts, so a certificate the peer merely appended (a proxy can append the real
    // server's) never satisfies a pin.
    QString verifyPins(const QList<QSslCertificate> &sent) const;
    // That path, leaf first, ending at a trusted CA (the system's or the account's); empty
    // when none can be built.
    QList<QSslCertificate> verifiedChain(const QList<QSslCertificate> &sent) const;

    static QByteArray spkiSha256(const QSslCertificate &certificate);
    static QString describe(const QSslCertificate &certificate);
    static QString describe(const QList<QSslError> &errors);
};
