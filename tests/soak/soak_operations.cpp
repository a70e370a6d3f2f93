#include "soak/soak_operations.h"

#include "soak/soak_services.h"

#include "apps/client/apps_change.h"

#include <QFile>

SoakOperations::SoakOperations(SoakServices *services, SoakLedger *ledger, const Targets &targets,
                               const QString &dataDir, int waitMs, Finding finding)
    : m_services(services)
    , m_ledger(ledger)
    , m_targets(targets)
    , m_dataDir(dataDir)
    , m_waitMs(waitMs)
    , m_finding(std::move(finding))
{
}

SoakOperations::Kind SoakOperations::choose(QRandomGenerator &random)
{
    static const std::pair<int, Kind> weights[] = {
        {25, Kind::MemberBatch}, {15, Kind::MemberEdit},  {15, Kind::GrantOrRevoke},
        {5, Kind::AppSwitch},    {8, Kind::DebuggingRun}, {4, Kind::KeyRoundTrip},
        {4, Kind::AuditExport},  {12, Kind::OrgSync},     {6, Kind::AppsSync},
        {6, Kind::SellerSync}};
    int roll = int(random.bounded(100u));
    for (const auto &[weight, kind] : weights) {
        if (roll < weight)
            return kind;
        roll -= weight;
    }
    return Kind::OrgSync;
}

QString SoakOperations::name(Kind kind)
{
    switch (kind) {
    case Kind::MemberBatch:
        return QStringLiteral("member batch");
    case Kind::MemberEdit:
        return QStringLiteral("member edit");
    case Kind::GrantOrRevoke:
        return QStringLiteral("grant or revoke");
    case Kind::AppSwitch:
        return QStringLiteral("app switch");
    case Kind::DebuggingRun:
        return QStringLiteral("debugging run");
    case Kind::KeyRoundTrip:
        return QStringLiteral("access key created and deleted");
    case Kind::AuditExport:
        return QStringLiteral("audit export");
    case Kind::OrgSync:
        return QStringLiteral("organisation sync");
    case Kind::AppsSync:
        return QStringLiteral("apps sync");
    case Kind::SellerSync:
        return QStringLiteral("Seller Center sync");
    }
    return {};
}

bool SoakOperations::run(Kind kind, QRandomGenerator &random, QString *error)
{
    switch (kind) {
    case Kind::MemberBatch:
        return memberBatch(random, error);
    case Kind::MemberEdit:
        return memberEdit(error);
    case Kind::GrantOrRevoke:
        return grantOrRevoke(random, error);
    case Kind::AppSwitch:
        return appSwitch(error);
    case Kind::DebuggingRun:
        return debuggingRun(error);
    case Kind::KeyRoundTrip:
        return keyRoundTrip(error);
    case Kind::AuditExport:
        return auditExport(error);
    case Kind::OrgSync:
    case Kind::AppsSync:
    case Kind::SellerSync:
        return sync(kind, error);
    }
    return true;
}

QString SoakOperations::late(const QString &what) const
{
    const QString why = m_services->waitProblem();
    return QStringLiteral("%1 did not end within %2 s%3")
        .arg(what)
        .arg(m_waitMs / 1000)
        .arg(why.isEmpty() ? QString() : QStringLiteral(" (") + why + u')');
}

bool SoakOperations::memberBatch(QRandomGenerator &random, QString *error)
{
    const int count = 5 + int(random.bounded(96u));
    const bool enable =
        m_ledger->anyDisabled() && (m_ledger->disabledCount() > 400 || random.bounded(2u) == 1);
    const QStringList names = m_ledger->forBatch(enable, count, random);
    if (names.isEmpty())
        return true;
    const quint64 ticket = OrgService::newTicket();
    const MemberAction action = enable ? MemberAction::Enable : MemberAction::Disable;
    QMetaObject::invokeMethod(m_services->org(), [s = m_services->org(), ticket, action, names] {
        s->submit(ticket, action, names);
    });
    QString refused;
    const auto end = m_services->orgOperation(ticket, m_waitMs, &refused);
    if (!end) {
        *error = late(QStringLiteral("a batch of %1 members").arg(names.size()));
        return false;
    }
    if (!refused.isEmpty()) {
        m_finding(QStringLiteral("a batch was refused: ") + refused);
        return true;
    }
    // The server executes every target of a batch, those it refuses too.
    m_ledger->executedForAdmin(names.size());
    QSet<QString> failed;
    if (end->failed > 0)
        for (const Outbox::Target &t : m_services->orgResults(end->operationId))
            if (t.state != Outbox::TargetState::Done) {
                failed.insert(t.key);
                m_finding(QStringLiteral("%1 of %2 failed: %3 %4")
                              .arg(memberActionName(action), t.key, t.resultCode, t.message));
            }
    m_ledger->batchEnded(enable, names, failed);
    return true;
}

bool SoakOperations::memberEdit(QString *error)
{
    const QString u = m_ledger->nextEdit();
    const OrgSnapshotPtr snapshot = m_services->orgSnapshot();
    const int index = u.isEmpty() ? -1 : snapshot->memberIndex(u);
    if (index < 0)
        return true;
    Member m = snapshot->member(index);
    m.version = m_ledger->versionOf(u, m.version);
    m.name = QStringLiteral("%1 %2").arg(m_ledger->baseName(u).left(20)).arg(++m_edits);
    const quint64 ticket = OrgService::newTicket();
    QMetaObject::invokeMethod(
        m_services->org(), [s = m_services->org(), ticket, m] { s->saveMember(ticket, m, false); });
    const auto answer = m_services->orgMutation(ticket, m_waitMs);
    if (!answer) {
        *error = late(QStringLiteral("the edit of ") + u);
        return false;
    }
    if (!answer->first) {
        // Refused by the server after its checks: not executed (it counts only what it saves).
        m_finding(QStringLiteral("the edit of %1 failed: %2").arg(u, answer->second));
        m_ledger->editFailed(u);
        return true;
    }
    // Done, or kept to be sent later: a later refusal shows as a name the server lacks.
    m_ledger->executedForAdmin(1);
    m_ledger->editSaved(u, m.name, m.version + 1);
    return true;
}

bool SoakOperations::grantOrRevoke(QRandomGenerator &random, QString *error)
{
    const int count = 1 + int(random.bounded(5u));
    const bool revoke =
        m_ledger->grantedCount() > 0 && (m_ledger->grantedCount() >= 15 || random.bounded(2u) == 1);
    const QStringList names = m_ledger->forGrant(revoke, count, random);
    if (names.isEmpty())
        return true;
    QList<AppsChange::Target> targets;
    for (const QString &u : names)
        targets.append({AppGrant::Kind::Member, u});
    const quint64 ticket = OrgService::newTicket();
    QMetaObject::invokeMethod(m_services->apps(), [s = m_services->apps(), ticket, revoke,
                                                   app = m_targets.grantApp, targets] {
        if (revoke)
            s->revoke(ticket, app, targets);
        else
            s->grant(ticket, app, targets);
    });
    QString refused;
    const auto end = m_services->appsOperation(ticket, m_waitMs, &refused);
    const QString what = revoke ? QStringLiteral("revoke") : QStringLiteral("grant");
    if (!end) {
        *error = late(QStringLiteral("a %1 of %2 members").arg(what).arg(names.size()));
        return false;
    }
    if (!refused.isEmpty()) {
        m_finding(QStringLiteral("a %1 was refused: %2").arg(what, refused));
        return true;
    }
    QSet<QString> failed;
    if (end->failed > 0)
        for (const Outbox::Target &t : m_services->appsResults(end->operationId))
            if (t.state != Outbox::TargetState::Done) {
                const auto split = AppsChange::splitKey(t.key);
                failed.insert(split ? split->second.section(u':', 1) : t.key);
                m_finding(QStringLiteral("%1 of %2 failed: %3 %4")
                              .arg(what, t.key, t.resultCode, t.message));
            }
    // Per target, as the server counts; a request refused whole (seats, agreement) counts none,
    // and is a finding above.
    if (failed.size() < names.size())
        m_ledger->executedForAdmin(names.size());
    m_ledger->grantEnded(revoke, names, failed);
    return true;
}

bool SoakOperations::appSwitch(QString *error)
{
    const bool enable = m_ledger->switchedOff();
    const quint64 ticket = OrgService::newTicket();
    QMetaObject::invokeMethod(m_services->apps(),
                              [s = m_services->apps(), ticket, app = m_targets.switchApp, enable] {
                                  s->setEnabled(ticket, app, enable);
                              });
    QString refused;
    const auto end = m_services->appsOperation(ticket, m_waitMs, &refused);
    if (!end) {
        *error = late(QStringLiteral("switching ") + m_targets.switchApp);
        return false;
    }
    if (!refused.isEmpty()) {
        m_finding(QStringLiteral("switching %1 was refused: %2").arg(m_targets.switchApp, refused));
        return true;
    }
    m_ledger->executedForAdmin(1);
    if (end->failed > 0) {
        m_finding(QStringLiteral("switching %1 %2 failed")
                      .arg(m_targets.switchApp, enable ? "on" : "off"));
        return true;
    }
    m_ledger->switched(!enable);
    return true;
}

bool SoakOperations::debuggingRun(QString *error)
{
    const quint64 ticket = OrgService::newTicket();
    QMetaObject::invokeMethod(m_services->seller(),
                              [s = m_services->seller(), ticket, a = m_targets.addressId] {
                                  s->startDebugRun(ticket, a, QStringLiteral("basic"));
                              });
    const auto outcome = m_services->sellerChange(ticket, m_waitMs);
    if (!outcome) {
        *error = late(QStringLiteral("a debugging run"));
        return false;
    }
    if (!outcome->ok()) {
        m_finding(QStringLiteral("a debugging run ended %1: %2 %3")
                      .arg(int(outcome->state))
                      .arg(outcome->code, outcome->message));
        return true;
    }
    m_ledger->executedForSeller(1);
    return true;
}

bool SoakOperations::keyRoundTrip(QString *error)
{
    const quint64 create = OrgService::newTicket();
    QMetaObject::invokeMethod(m_services->seller(),
                              [s = m_services->seller(), create, n = ++m_keys] {
                                  s->createKey(create, QStringLiteral("soak %1").arg(n));
                              });
    const auto created = m_services->sellerChange(create, m_waitMs);
    if (!created) {
        *error = late(QStringLiteral("creating a key"));
        return false;
    }
    if (!created->ok()) {
        m_finding(QStringLiteral("creating a key: %1 %2").arg(created->code, created->message));
        return true;
    }
    m_ledger->executedForSeller(1);
    const QString keyId = created->record.value(u"keyId").toString();
    if (keyId.isEmpty()) {
        m_finding(QStringLiteral("a key was created, but its answer names no keyId"));
        return true;
    }
    const quint64 remove = OrgService::newTicket();
    QMetaObject::invokeMethod(m_services->seller(), [s = m_services->seller(), remove, keyId] {
        s->deleteKey(remove, keyId);
    });
    const auto removed = m_services->sellerChange(remove, m_waitMs);
    if (!removed) {
        *error = late(QStringLiteral("deleting key ") + keyId);
        return false;
    }
    if (!removed->ok()) {
        m_finding(
            QStringLiteral("deleting key %1: %2 %3").arg(keyId, removed->code, removed->message));
        return true;
    }
    m_ledger->executedForSeller(1);
    return true;
}

bool SoakOperations::auditExport(QString *error)
{
    const QString path = m_dataDir + QStringLiteral("/audit-export.csv");
    const quint64 ticket = OrgService::newTicket();
    QMetaObject::invokeMethod(m_services->org(), [s = m_services->org(), ticket, path] {
        s->exportAudit(ticket, path, AuditExportOptions{});
    });
    const auto answer = m_services->orgExport(ticket, m_waitMs);
    if (!answer) {
        *error = late(QStringLiteral("the audit export"));
        return false;
    }
    if (!answer->first)
        m_finding(QStringLiteral("the audit export failed: ") + answer->second);
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".manifest.json"));
    return true;
}

bool SoakOperations::sync(Kind kind, QString *error)
{
    const auto done = kind == Kind::OrgSync    ? m_services->orgSync(m_waitMs)
                      : kind == Kind::AppsSync ? m_services->appsSync(m_waitMs)
                                               : m_services->sellerSync(m_waitMs);
    if (!done) {
        *error = late(QStringLiteral("a ") + name(kind));
        return false;
    }
    if (!*done)
        ++m_syncsGivenUp; // gave up under faults and said so: the next one starts afresh
    return true;
}
