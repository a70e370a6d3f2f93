#pragma once
// What the soak asked of the server and the state it expects the server to hold afterwards:
// which members it disabled and enabled again, the names it saved, who it granted the app and
// revoked it from, the app's switch, and how many targets it had executed per tenant. It picks
// the members each operation acts on from disjoint pools (a member edited is never in a batch,
// one granted never disabled), so that one expectation never depends on the order of two.
#include "org/org_snapshot.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

// The server's state as read back after the run, by a sign-in of its own.
struct ServerState
{
    QHash<QString, bool> enabled; // every member
    QHash<QString, QString> names;
    QSet<QString> granted; // members holding the grant app by hand
    bool switchEnabled = false;
};

class SoakLedger
{
public:
    // Splits the snapshot's enabled, non-administrator members into the three pools; false
    // when one is too small for a soak.
    bool setPools(const OrgSnapshot &org);

    // Members for a batch: disabled ones to enable again, or enabled ones to disable.
    QStringList forBatch(bool enable, int count, QRandomGenerator &random) const;
    bool anyDisabled() const { return !m_disabled.isEmpty(); }
    int disabledCount() const { return int(m_disabled.size()); }
    void batchEnded(bool enable, const QStringList &names, const QSet<QString> &failed);

    // The next member to edit and the version the edit starts from (its snapshot's or, when
    // this run saved it since, the one after that save).
    QString nextEdit();
    qint64 versionOf(const QString &userName, qint64 snapshotVersion) const;
    QString baseName(const QString &userName) const { return m_baseNames.value(userName); }
    void editSaved(const QString &userName, const QString &name, qint64 version);
    void editFailed(const QString &userName);

    QStringList forGrant(bool revoke, int count, QRandomGenerator &random) const;
    int grantedCount() const { return int(m_granted.size()); }
    void grantEnded(bool revoke, const QStringList &names, const QSet<QString> &failed);

    bool switchedOff() const { return m_switchedOff; }
    void switched(bool off) { m_switchedOff = off; }

    // Targets the server executed for the run, by tenant.
    void executedForAdmin(qint64 n) { m_adminTargets += n; }
    void executedForSeller(qint64 n) { m_sellerTargets += n; }
    qint64 adminTargets() const { return m_adminTargets; }
    qint64 sellerTargets() const { return m_sellerTargets; }

    // What differs between the expected state and `server` (empty: nothing).
    QStringList compare(const ServerState &server) const;
    // "N members disabled, …" for the report.
    QString summary() const;

private:
    // A change and its undoing (disable and enable again, grant and revoke): `done` holds the
    // members the change holds now, `undone` those it was undone for. Undoing picks from
    // `done`; the change picks from `pool`, leaving out `done` and failed members.
    QStringList forChange(bool undo, const QStringList &pool, const QSet<QString> &done, int count,
                          QRandomGenerator &random) const;
    void changeEnded(bool undo, QSet<QString> &done, QSet<QString> &undone,
                     const QStringList &names, const QSet<QString> &failed);
    static QStringList pick(const QStringList &pool, int count, const QSet<QString> &exclude,
                            QRandomGenerator &random);

    QStringList m_editPool, m_grantPool, m_batchPool;
    QHash<QString, QString> m_baseNames;
    QSet<QString> m_disabled;     // disabled by the run, not enabled again
    QSet<QString> m_enabledAgain; // disabled by the run, then enabled again
    QHash<QString, QString> m_names;
    QHash<QString, qint64> m_versions;
    QSet<QString> m_granted, m_revoked;
    // A target that failed (a finding already): its state is not compared, and it is not
    // picked again.
    QSet<QString> m_failed;
    bool m_switchedOff = false;
    int m_editCursor = 0;
    qint64 m_adminTargets = 0;
    qint64 m_sellerTargets = 0;
};
