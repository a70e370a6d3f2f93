#pragma once
// A bounded soak (issue 11 §4): for the given minutes, a random mix of what an administrator
// and a seller do all day (SoakOperations) through the services a console runs
// (SoakServices), against a sandbox injecting faults into the console API, token renewals
// included; sign-ins renew themselves (one-minute access tokens) or are made again when the
// server asks. Then the faults stop and the run checks:
//   - no change is left pending in any outbox;
//   - the server executed as many targets as the run asked (none twice, none lost), and holds
//     the state the run left (read back with a sign-in of its own);
//   - both audit journals verify;
//   - faults were injected and sign-ins renewed (a soak without them proves nothing);
//   - memory stayed flat once warm and descriptors and threads came back to where they were
//     (ProcessSampler).
#include "soak/process_sampler.h"
#include "soak/soak_ledger.h"
#include "soak/soak_operations.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>

class SandboxView;
class SoakServices;

struct SoakOptions
{
    QUrl server;
    double minutes = 30;
    QString dataDir;     // the two accounts' files; empty before the run
    QString samplesPath; // CSV
    QString reportPath;  // JSON; empty: none
    quint32 seed = 1;
    int sampleMs = 5000;
    double faultRate = 0.05;
    // Test of the soak itself: one change sent behind the services' back, which the run must
    // report as a duplicate.
    bool injectDuplicate = false;
};

class SoakRun : public QObject
{
    Q_OBJECT
public:
    explicit SoakRun(const SoakOptions &options, QObject *parent = nullptr);
    ~SoakRun() override;

    // 0 when every check held, 1 when one did not, 2 when the run could not start.
    int run();

private:
    bool setUp(QString *error);
    // Faults off, every outbox sent: false when something stays pending.
    bool drain(QString *error);
    void checkServer();
    void checkIdle();
    void injectDuplicate();
    void loseRenewal(bool seller);
    QJsonObject report(const QString &stopped) const;
    void finding(const QString &what);
    void say(const QString &line) const;

    SoakOptions m_options;
    SandboxView *m_sandbox = nullptr;
    SoakServices *m_services = nullptr;
    SoakOperations *m_operations = nullptr;
    SoakLedger m_ledger;
    ProcessSampler m_sampler;
    QRandomGenerator m_random;
    SoakOperations::Targets m_targets;
    QHash<QString, int> m_done; // operations done, by kind
    qint64 m_operationCount = 0;
    QStringList m_findings;
    QStringList m_checks; // what was checked and held, for the report
    QJsonObject m_adminBefore, m_sellerBefore, m_adminAfter, m_sellerAfter, m_authBefore,
        m_authAfter;
    ProcessSample m_idleBefore; // after the first syncs, before the faults
    int m_renewalsLost = 0;
    QString m_memory;
};
