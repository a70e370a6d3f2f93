#pragma once
// The audit journal's anchor: how many entries it had and the hash of the last one, kept
// outside the journal file (in the account's secret store). A journal cut short at its end
// still has an intact chain; only a record kept elsewhere shows that entries are gone.
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct JournalAnchor
{
    Q_DECLARE_TR_FUNCTIONS(JournalAnchor)

public:
    qint64 count = 0; // entries 1..count existed
    QByteArray head;  // hex SHA-256 of entry `count`
    QDateTime at;     // when it was taken (UTC)

    bool isNull() const { return count == 0; }
    QByteArray serialize() const;
    // Refuses anything malformed and says which field is wrong.
    static bool parse(const QByteArray &bytes, JournalAnchor *out, QString *error);
};
