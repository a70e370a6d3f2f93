#pragma once
// marketdesk-cli: the console's operations without a window (sync, batch from CSV, import,
// resume the outbox, verify and export the audit journal), on the same core.
#include "cli/cli_auth.h"
#include "org/member_import.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class AppsCli;
class LicensesCli;
class OrgService;
class SellerCenterCli;
class SellerRotateCli;
struct OrgServiceConfig;

class CliApp : public QObject
{
    Q_OBJECT
public:
    // Parses the command line; returns the exit code when it is done already (help, usage).
    int parse(const QStringList &arguments);
    // Runs the command; finishes by calling QCoreApplication::exit(code).
    void run();

private:
    void openService(const std::function<void()> &then);
    void startService(const OrgServiceConfig &config, const Account &account,
                      const std::function<void()> &then);
    void cmdSync();
    void cmdMembers();
    void cmdImport();
    void importChecked(MemberImport::NewMembers rows, const QString &path);
    // Runs `proceed` once the cache holds the organisation (syncing first when it is empty).
    void withOrganisation(const std::function<void()> &proceed);
    void cmdOutbox();
    // The folder of the named (or most recent) account; empty after saying why not.
    QString accountDir();
    void cmdAuditVerify();
    void cmdAuditExport();
    // Checks an exported CSV against the manifest written beside it.
    void cmdAuditCheck();
    // The account folder's journal, or empty after saying it is not there.
    static QString existingJournal(const QString &dir);
    // Walks the chain, compares the journal with its anchor as read (no value: none is kept,
    // as for the demo), and says what it found.
    void verifyJournal(const QString &dir, std::optional<JournalAnchorKeeper::Read> read,
                       const JournalAnchor &anchor, const QString &why);
    // Finishes once every operation in m_waitFor has (3 when a target failed), or at a stall.
    void waitForOperations();
    // Finishes with 1 when the outbox cannot send (the changes stay for "outbox run").
    void stopWhenStalled();
    void finish(int code);

    QStringList m_positional;
    QString m_server;
    QString m_root;
    bool m_demo = false; // --demo: the console demo's journal
    QString m_account;
    QString m_passphraseFile;
    bool m_deleteCache = false;
    CliAuth::LoginOptions m_login;
    CliAuth *m_auth = nullptr;
    bool m_signInNeeded = false;
    QString m_lastLocalWriteFailure; // said once, not once per chunk
    QString m_actorNote;             // --actor: a note beside the signed-in identity in the journal
    QString m_csv;
    bool m_yes = false;
    bool m_dryRun = false;
    bool m_bom = true;
    QString m_from, m_to, m_filterActor, m_filterAction;
    OrgService *m_service = nullptr;
    SellerCenterCli *m_sellerCenter = nullptr; // seller keys|addresses|credentials
    SellerRotateCli *m_sellerRotate = nullptr; // seller rotate-key
    AppsCli *m_apps = nullptr;                 // apps …, licenses list|reclaim|export
    LicensesCli *m_licenses = nullptr;         // licenses apply, orders …, images …
    QSet<qint64> m_waitFor;                    // operations this run waits for
    int m_failedTargets = 0;
};
