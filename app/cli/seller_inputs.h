#pragma once
// What the seller commands read from the command line's files and the terminal: the accessKey
// in --key-file, a body or key file, a private key's passphrase. Each reader says what is
// wrong (naming the option, never the file's content) and gives nothing back.
#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

class SellerInputs
{
    Q_DECLARE_TR_FUNCTIONS(SellerInputs)

public:
    // The accessKey in --key-file (or the file option named): one line, its line break
    // trimmed.
    static std::optional<QByteArray> accessKey(const QCommandLineParser &parser,
                                               const QString &option = QStringLiteral("key-file"));
    // A whole file ("-" is stdin) of at most `limit` bytes, the option named in refusals.
    static std::optional<QByteArray> readFile(const QString &option, const QString &path,
                                              qint64 limit = 16 * 1024 * 1024);
    // The passphrase from --passphrase-file, else asked on the terminal (twice for a new key).
    static std::optional<QByteArray> passphrase(const QCommandLineParser &parser, bool newKey);
    // Prints `message` and returns 2, the exit code for an option or file that cannot be used.
    static int refuse(const QString &message);
};
