#pragma once
// The tamper-evident journal of every action: an append-only, hash-chained table in its own
// SQLite file (never in the rebuildable cache). Each row's hash covers its contents and the
// previous row's hash, so an edited, deleted or reordered row breaks the chain where it is.
// Several programs may append to the same journal (the console and the CLI): each append
// reads the head under the file's write lock.
#include "storage/database.h"
#include "storage/journal_anchor.h"

#include <QDateTime>

#include <functional>

struct AuditEntry
{
    qint64 seq = 0; // assigned by append()
    QDateTime time; // UTC; now if left invalid
    QString actor;
    QString action; // e.g. "member.disable"
    QString target; // e.g. a userName
    QString result; // e.g. "done", "failed: 010005 ..."
    QString detail;
    QString requestId;
    qint64 operationId = 0;
};

class AuditJournal
{
public:
    struct Problem
    {
        qint64 seq;
        QString message;
    };

    static std::unique_ptr<AuditJournal> open(const QString &path, QString *error);

    bool append(QList<AuditEntry> entries, QString *error);
    bool append(const AuditEntry &entry, QString *error) { return append(QList{entry}, error); }
    qint64 count() const;
    // Walks the whole chain; an empty list means it is intact.
    QList<Problem> verify(QString *error) const;
    QString path() const { return m_db->path(); }
    // Called after every append that committed, with the new head: the caller keeps it
    // outside the file (see JournalAnchor).
    void setOnAppended(std::function<void(const JournalAnchor &)> f)
    {
        m_onAppended = std::move(f);
    }
    // The head now (entry count and last hash), to keep outside the file; null when empty.
    JournalAnchor anchor(QString *error) const;
    // What an anchor taken earlier says about the journal now: entries cut off its end, or the
    // anchored entry rewritten. Empty when the journal still holds what was anchored.
    QList<Problem> checkAnchor(const JournalAnchor &anchor, QString *error) const;

    // Format 2 (written since 0.2) length-prefixes each field, so no text can move from one
    // field to the next without changing the hash; format 1 joined them with \x1f and is
    // still verified as it was written.
    static constexpr int kFormat = 2;
    static QByteArray hashOf(const AuditEntry &entry, const QByteArray &previousHash,
                             int format = kFormat);

private:
    explicit AuditJournal(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
    std::function<void(const JournalAnchor &)> m_onAppended;
};
