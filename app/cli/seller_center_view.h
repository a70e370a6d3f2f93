#pragma once
// How `marketdesk-cli seller keys|addresses|credentials` shows records and outcomes: one line
// per record (or every field for `show`), JSON with --json, and what a change came to — with
// the result code and the field a refusal belongs to, and the server's current record after a
// version conflict. Records hold no secret, so nothing printed here is one.
#include "seller/client/seller_outcome.h"

#include <QCoreApplication>
#include <QString>

class SellerCenterView
{
    Q_DECLARE_TR_FUNCTIONS(SellerCenterView)

public:
    static void keys(const SellerSnapshot &s, bool json);
    static void addresses(const SellerSnapshot &s, bool json);
    static void credentials(const SellerSnapshot &s, bool json);
    // Returns false when the snapshot has no such credential.
    static bool credential(const SellerSnapshot &s, const QString &appId, bool json);
    static void run(const SellerDebugRun &run);
    // Prints the outcome (stdout when done, stderr otherwise); returns its exit code: 0 done,
    // 1 refused or in conflict, 3 a debugging run that ran and failed.
    static int outcome(const SellerOutcome &outcome);

private:
    static void printCredential(const Credential &c);
};
