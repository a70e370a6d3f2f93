#include "identity/journal_anchor_keeper.h"

JournalAnchorKeeper::JournalAnchorKeeper(SecretStore *store, const QString &key, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_key(key)
{
}

QString JournalAnchorKeeper::keyFor(const QString &accountName)
{
    return QStringLiteral("account/") + accountName + QStringLiteral("/journal-anchor");
}

void JournalAnchorKeeper::read(ReadDone done)
{
    if (!m_store) {
        done(Read::Unreadable, {}, tr("no secret store to read the journal anchor from"));
        return;
    }
    m_store->read(m_key, [done](bool ok, const QByteArray &value, const QString &error) {
        JournalAnchor anchor;
        if (!ok) {
            done(Read::Unreadable, anchor, error);
            return;
        }
        QString why;
        if (!value.isEmpty() && !JournalAnchor::parse(value, &anchor, &why)) {
            done(Read::Damaged, {}, why);
            return;
        }
        done(Read::Ok, anchor, {});
    });
}

void JournalAnchorKeeper::advance(const QByteArray &anchor)
{
    JournalAnchor incoming, pending;
    QString why;
    if (!JournalAnchor::parse(anchor, &incoming, &why))
        return;
    if (!m_pending.isEmpty() && JournalAnchor::parse(m_pending, &pending, &why) &&
        pending.count >= incoming.count)
        return;
    m_pending = anchor;
    if (!m_writing)
        writeNext();
}

void JournalAnchorKeeper::writeNext()
{
    if (m_pending.isEmpty() || !m_store) {
        m_pending.clear();
        finishedOne();
        return;
    }
    m_writing = true;
    const QByteArray next = std::exchange(m_pending, {});
    JournalAnchor mine;
    QString why;
    JournalAnchor::parse(next, &mine, &why);
    // Read first: the console and the CLI anchor the same journal, and the further one wins.
    read([this, next, mine](Read result, const JournalAnchor &stored, const QString &error) {
        if (result != Read::Ok) {
            // Never over an anchor that cannot be read or is damaged: that is evidence.
            m_pending.clear();
            Q_EMIT failed(tr("The audit journal's anchor was not updated: %1").arg(error));
            finishedOne();
            return;
        }
        if (!stored.isNull() && stored.count >= mine.count) {
            m_writing = false;
            writeNext();
            return;
        }
        if (!m_store) {
            m_writing = false;
            finishedOne();
            return;
        }
        m_store->write(m_key, next, [this](bool written, const QString &error) {
            if (!written)
                Q_EMIT failed(tr("The audit journal's anchor could not be kept: %1").arg(error));
            m_writing = false;
            writeNext();
        });
    });
}

void JournalAnchorKeeper::finishedOne()
{
    m_writing = false;
    if (!isIdle())
        return;
    auto waiting = std::move(m_whenIdle);
    m_whenIdle.clear();
    for (auto &f : waiting)
        f();
}

void JournalAnchorKeeper::whenIdle(std::function<void()> then)
{
    if (isIdle()) {
        then();
        return;
    }
    m_whenIdle.push_back(std::move(then));
}
