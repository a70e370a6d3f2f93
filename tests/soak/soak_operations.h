#pragma once
// The operations of the soak, each as a person does it in the console and each waited for to
// its end: a member batch (disable some, or enable some again), a member's name saved, a grant
// or revoke of an app, the other app's switch, a Seller Center debugging run, an access key
// created and deleted, an audit export, a sync of one domain. Each updates the ledger with
// what the server was asked and answered; a failure the server or the program reports is a
// finding; an operation that does not end in time makes the run stop ("stuck").
#include "soak/soak_ledger.h"

#include <QObject>
#include <QRandomGenerator>

#include <functional>

class SoakServices;

class SoakOperations
{
public:
    enum class Kind
    {
        MemberBatch,
        MemberEdit,
        GrantOrRevoke,
        AppSwitch,
        DebuggingRun,
        KeyRoundTrip,
        AuditExport,
        OrgSync,
        AppsSync,
        SellerSync
    };
    struct Targets
    {
        QString grantApp;
        QString switchApp;
        QString addressId;
    };
    using Finding = std::function<void(const QString &)>;

    SoakOperations(SoakServices *services, SoakLedger *ledger, const Targets &targets,
                   const QString &dataDir, int waitMs, Finding finding);

    // Picks the next kind by weight: what an administrator's day holds most.
    static Kind choose(QRandomGenerator &random);
    static QString name(Kind kind);
    // False with `error` when it did not end within the wait (stuck).
    bool run(Kind kind, QRandomGenerator &random, QString *error);
    int syncsGivenUp() const { return m_syncsGivenUp; }

private:
    bool memberBatch(QRandomGenerator &random, QString *error);
    bool memberEdit(QString *error);
    bool grantOrRevoke(QRandomGenerator &random, QString *error);
    bool appSwitch(QString *error);
    bool debuggingRun(QString *error);
    bool keyRoundTrip(QString *error);
    bool auditExport(QString *error);
    bool sync(Kind kind, QString *error);
    QString late(const QString &what) const;

    SoakServices *m_services;
    SoakLedger *m_ledger;
    Targets m_targets;
    QString m_dataDir;
    int m_waitMs;
    Finding m_finding;
    int m_syncsGivenUp = 0; // syncs that gave up under faults and said so: not a finding
    int m_keys = 0;
    int m_edits = 0;
};
