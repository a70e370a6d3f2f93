#pragma once
// One domain's change sequence in a tenant's database, for the listings' incremental sync
// (docs/api.md, "Listing and incremental sync"): every write of a listed row takes the next
// number, a removal leaves a tombstone (kind, scope, id) with one, and tokens name a point in
// the sequence of this data set (the tenant's epoch, shared with the organisation's, so that a
// reset sandbox's tokens are recognised as foreign). Used by the apps and licenses domains;
// org and seller keep their own older copies of the same idea.
#include "sandbox/domain/domain_result.h"

#include <QStringList>

#include <optional>

class Database;

class ChangeLog
{
public:
    // `tables` carry a `seq` column numbered by this log; `tombstones` is its table of
    // (kind, scope, id, seq). Reads the epoch, or starts one for a new data set.
    ChangeLog(Database &db, const QStringList &tables, QString tombstones);

    QString epoch() const { return m_epoch; }
    qint64 lastSeq() const { return m_seq; }
    QString tombstoneTable() const { return m_tombstones; }
    Database &database() const { return m_db; }

    qint64 next() { return ++m_seq; }
    // Takes `count` numbers at once for a set-based write; answers the one before the first
    // (rows use base + ROW_NUMBER()).
    qint64 reserve(qint64 count);
    // `scope` groups rows listed together (an app's seats: its appId; "" for a whole table).
    bool tombstone(const QString &kind, const QString &scope, const QString &id);
    bool lift(const QString &kind, const QString &scope, const QString &id);

    QString token(qint64 seq) const;
    // The sequence number `value` names (0 for ""), or the answer refusing it: 400 when it is
    // not a token at all, 410 (010011) when it belongs to another data set.
    std::optional<DomainResult> parseToken(const QString &value, qint64 *seq,
                                           const QString &what) const;

private:
    Database &m_db;
    QString m_tombstones;
    QString m_epoch;
    qint64 m_seq = 0;
};
