#pragma once
// Keeps an account's journal anchor (see JournalAnchor) in its secret store, outside the
// journal file. Writes are coalesced (one in flight, then only the newest) and never move the
// anchor back: when another program anchored further, its anchor stays; when the stored one
// cannot be read or is damaged, nothing is written over it.
#include "identity/secret_store.h"
#include "storage/journal_anchor.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

class JournalAnchorKeeper : public QObject
{
    Q_OBJECT
public:
    enum class Read
    {
        Ok,         // `anchor` is what is stored (null: never anchored)
        Unreadable, // the store could not be read
        Damaged,    // something is stored, but it is not an anchor
    };
    using ReadDone =
        std::function<void(Read result, const JournalAnchor &anchor, const QString &error)>;

    JournalAnchorKeeper(SecretStore *store, const QString &key, QObject *parent = nullptr);

    static QString keyFor(const QString &accountName);

    void read(ReadDone done);
    // Slot for OrgService::journalAdvanced.
    void advance(const QByteArray &anchor);
    // Runs `then` once nothing is waiting to be written (at once when nothing is).
    void whenIdle(std::function<void()> then);
    bool isIdle() const { return !m_writing && m_pending.isEmpty(); }

Q_SIGNALS:
    void failed(const QString &message);

private:
    void writeNext();
    void finishedOne();

    QPointer<SecretStore> m_store;
    QString m_key;
    QByteArray m_pending; // newest anchor not yet written
    bool m_writing = false;
    std::vector<std::function<void()>> m_whenIdle;
};
