#include "soak/soak_ledger.h"

bool SoakLedger::setPools(const OrgSnapshot &org)
{
    for (int i = 0; i < org.memberCount(); ++i) {
        if (org.memberAdmin(i) || !org.memberEnabled(i))
            continue;
        const QString u = org.text(i, OrgSnapshot::UserName);
        m_baseNames.insert(u, org.text(i, OrgSnapshot::Name));
        (i % 4 == 0 ? m_editPool : i % 4 == 1 ? m_grantPool : m_batchPool).append(u);
    }
    // Sized once: what the run adds later is then the ledger's entries, not its growing tables.
    m_names.reserve(m_editPool.size());
    m_versions.reserve(m_editPool.size());
    m_granted.reserve(m_grantPool.size());
    m_revoked.reserve(m_grantPool.size());
    m_disabled.reserve(m_batchPool.size());
    m_enabledAgain.reserve(m_batchPool.size());
    return m_editPool.size() >= 50 && m_grantPool.size() >= 50 && m_batchPool.size() >= 200;
}

QStringList SoakLedger::pick(const QStringList &pool, int count, const QSet<QString> &exclude,
                             QRandomGenerator &random)
{
    QStringList out;
    if (pool.isEmpty())
        return out;
    for (int tries = 0; out.size() < count && tries < count * 20; ++tries) {
        const QString &u = pool.at(int(random.bounded(quint32(pool.size()))));
        if (!exclude.contains(u) && !out.contains(u))
            out.append(u);
    }
    return out;
}

QStringList SoakLedger::forChange(bool undo, const QStringList &pool, const QSet<QString> &done,
                                  int count, QRandomGenerator &random) const
{
    return undo ? pick(QStringList(done.cbegin(), done.cend()), count, {}, random)
                : pick(pool, count, done + m_failed, random);
}

void SoakLedger::changeEnded(bool undo, QSet<QString> &done, QSet<QString> &undone,
                             const QStringList &names, const QSet<QString> &failed)
{
    for (const QString &u : names) {
        done.remove(u);
        undone.remove(u);
        if (failed.contains(u))
            m_failed.insert(u);
        else
            (undo ? undone : done).insert(u);
    }
}

QStringList SoakLedger::forBatch(bool enable, int count, QRandomGenerator &random) const
{
    return forChange(enable, m_batchPool, m_disabled, count, random);
}

void SoakLedger::batchEnded(bool enable, const QStringList &names, const QSet<QString> &failed)
{
    changeEnded(enable, m_disabled, m_enabledAgain, names, failed);
}

QString SoakLedger::nextEdit()
{
    for (int tries = 0; tries < m_editPool.size(); ++tries) {
        const QString u = m_editPool.at(m_editCursor++ % m_editPool.size());
        if (!m_failed.contains(u))
            return u;
    }
    return {};
}

qint64 SoakLedger::versionOf(const QString &userName, qint64 snapshotVersion) const
{
    return std::max(snapshotVersion, m_versions.value(userName));
}

void SoakLedger::editSaved(const QString &userName, const QString &name, qint64 version)
{
    m_names.insert(userName, name);
    m_versions.insert(userName, version);
}

void SoakLedger::editFailed(const QString &userName)
{
    m_names.remove(userName);
    m_failed.insert(userName);
}

QStringList SoakLedger::forGrant(bool revoke, int count, QRandomGenerator &random) const
{
    return forChange(revoke, m_grantPool, m_granted, count, random);
}

void SoakLedger::grantEnded(bool revoke, const QStringList &names, const QSet<QString> &failed)
{
    changeEnded(revoke, m_granted, m_revoked, names, failed);
}

QStringList SoakLedger::compare(const ServerState &server) const
{
    QStringList wrong;
    auto add = [&wrong](const QString &what) {
        if (wrong.size() < 20)
            wrong.append(what);
    };
    for (const QString &u : m_disabled)
        if (server.enabled.value(u, true))
            add(QStringLiteral("%1 should be disabled").arg(u));
    for (const QString &u : m_enabledAgain)
        if (!server.enabled.value(u, false))
            add(QStringLiteral("%1 should be enabled again").arg(u));
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        if (server.names.value(it.key()) != it.value())
            add(QStringLiteral("%1 should be named \"%2\", the server has \"%3\"")
                    .arg(it.key(), it.value(), server.names.value(it.key())));
    for (const QString &u : m_granted)
        if (!server.granted.contains(u))
            add(QStringLiteral("%1 should hold the app").arg(u));
    for (const QString &u : m_revoked)
        if (server.granted.contains(u))
            add(QStringLiteral("%1 should no longer hold the app").arg(u));
    if (server.switchEnabled == m_switchedOff)
        add(QStringLiteral("the app should be switched %1").arg(m_switchedOff ? "off" : "on"));
    return wrong;
}

QString SoakLedger::summary() const
{
    return QStringLiteral("%1 members disabled, %2 enabled again, %3 names saved, %4 granted, "
                          "%5 revoked, the app switched %6")
        .arg(m_disabled.size())
        .arg(m_enabledAgain.size())
        .arg(m_names.size())
        .arg(m_granted.size())
        .arg(m_revoked.size())
        .arg(m_switchedOff ? "off" : "on");
}
