#pragma once
// Where the CLI puts a secret the Seller Center shows once (a new key's secret, an app secret,
// a test account's password): a new 0600 file named by --secret-out, written atomically and
// never over another file, or standard output when --print-secret asks for it. Nothing else
// sees it: no log, no journal, no error message. The choice travels with the change as its
// note, so a secret answered after a crash (the server's stored answer to the same
// Idempotency-Key) still reaches the file the user named.
#include "seller/client/seller_outcome.h"

#include <QCoreApplication>
#include <QString>

class SellerSecretSink
{
    Q_DECLARE_TR_FUNCTIONS(SellerSecretSink)

public:
    // From --secret-out / --print-secret. Returns an empty string or why they cannot be used
    // (a file that exists already, a folder that does not), checked before anything is sent.
    static QString check(const QString &secretOut, bool print);
    // The note kept with the change: "file:/absolute/path" or "print".
    static QString noteFor(const QString &secretOut, bool print);
    // Writes or prints `secret` as its note says; returns false after saying why not.
    static bool deliver(const SellerSecret &secret);

private:
    static QString describe(const SellerSecret &secret);
};
