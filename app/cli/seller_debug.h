#pragma once
// marketdesk-cli seller debug: the integration debugger (应用接入调试) from the command line,
// for a seller's own CI. Runs a suite against a production address with the keys bound to it
// and prints a line per check — verdict, id, code, time and reason; never a key, secret or
// whole signature — then the tally; --json prints the report instead, --report also writes it
// as HTML or JSON. Exit codes: 0 every check passed (skipped ones allowed), 1 a check failed,
// 2 an option or a named file cannot be used (the message names the option). The login
// suite takes the credential's callback address and where its OAuth provider listens.
#include "seller/debugger/debug_run.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

class SellerDebug
{
    Q_DECLARE_TR_FUNCTIONS(SellerDebug)

public:
    static int run(const QCommandLineParser &parser);

    // "HOST:PORT", "[V6]:PORT" or "HOST" (port 0); HOST an IP address or localhost.
    static bool parseListen(const QString &text, QHostAddress *host, quint16 *port);

private:
    static QString line(const class DebugCheck &check);
    // Reads --callback, --login-listen, --login-url and --app-id into `target`; 0, or the exit
    // code after saying what is wrong.
    static int readLogin(const QCommandLineParser &p, DebugRun::Suite suite, DebugTarget *target);
};
