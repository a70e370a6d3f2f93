#pragma once
// marketdesk-cli seller …: the seller's own tools on the seller core. "sign" and "verify" treat
// a body as the marketplace (v2, kit, v1) or the seller (body-sign) would; the field, secret
// and keygen commands are SellerKeyTools. Each command runs to its end and returns the exit
// code: 0 done (or valid), 1 the check failed or the content is wrong, 2 an option or a named
// file cannot be used (the message names the option). No key, passphrase or secret given to
// these commands is ever printed, except a plaintext that was asked for.
#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

class SellerTools
{
    Q_DECLARE_TR_FUNCTIONS(SellerTools)

public:
    // The options the seller commands add to the CLI's parser.
    static void describe(QCommandLineParser &parser);
    // Their command lines, for --help.
    static QString usage();
    // Runs `seller SUB …` (positional[0] is "seller").
    static int run(const QCommandLineParser &parser, const QStringList &positional);

    // Shared with SellerKeyTools; each says what is wrong and returns nullopt.
    // The accessKey in --key-file: one line, its line break trimmed.
    static std::optional<QByteArray> accessKey(const QCommandLineParser &parser);
    // A whole file ("-" is stdin) of at most `limit` bytes, the option named in refusals.
    static std::optional<QByteArray> readFile(const QString &option, const QString &path,
                                              qint64 limit = 16 * 1024 * 1024);
    // The passphrase from --passphrase-file, else asked on the terminal (twice for a new key).
    static std::optional<QByteArray> passphrase(const QCommandLineParser &parser, bool newKey);
    // Prints `message` and returns 2.
    static int refuse(const QString &message);

private:
    static int sign(const QCommandLineParser &parser, const QString &bodyPath);
    static int verify(const QCommandLineParser &parser, const QString &bodyPath);
};
