#pragma once
// marketdesk-cli seller encrypt-field|decrypt-field|encrypt-secret|decrypt-secret|keygen: V1
// field AES, clientSecret RSA-OAEP and the seller's key pair, on the seller core. Exit codes
// and the options' checks are SellerTools'.
#include <QCommandLineParser>
#include <QCoreApplication>

class SellerKeyTools
{
    Q_DECLARE_TR_FUNCTIONS(SellerKeyTools)

public:
    static int encryptField(const QCommandLineParser &parser, const QString &valueFile);
    static int decryptField(const QCommandLineParser &parser, const QString &ciphertext);
    static int encryptSecret(const QCommandLineParser &parser, const QString &valueFile);
    static int decryptSecret(const QCommandLineParser &parser, const QString &ciphertext);
    // Writes the encrypted private key to --out and prints the public key to upload.
    static int keygen(const QCommandLineParser &parser);
};
