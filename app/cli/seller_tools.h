#pragma once
// marketdesk-cli seller …: the seller's own tools on the seller core. "sign" and "verify" treat
// a body as the marketplace (v2, kit, v1) or the seller (body-sign) would; the field, secret
// and keygen commands are SellerKeyTools. Each command runs to its end and returns the exit
// code: 0 done (or valid), 1 the check failed or the content is wrong, 2 an option or a named
// file cannot be used (the message names the option). Their options are SellerOptions'. No key,
// passphrase or secret given to these commands is ever printed, except a plaintext that was asked
// for.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

class SellerTools
{
    Q_DECLARE_TR_FUNCTIONS(SellerTools)

public:
    // Runs `seller SUB …` (positional[0] is "seller").
    static int run(const QCommandLineParser &parser, const QStringList &positional);

private:
    static int sign(const QCommandLineParser &parser, const QString &bodyPath);
    static int verify(const QCommandLineParser &parser, const QString &bodyPath);
};
