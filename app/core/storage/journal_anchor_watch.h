#pragma once
// Keeps the audit journal's anchor (its entry count and last hash, kept outside the file by
// the owner, JournalAnchorKeeper) moving while a domain's service (SellerService,
// LicensesService) appends to the account's shared journal. At the start it checks that the journal
// still holds the anchor it was given; then it reports each new head — unless the journal no longer
// holds the last one reported, in which case it stops reporting and says why, so that a journal cut
// while the program ran is never blessed by a new anchor.
#include "storage/journal_anchor.h"

#include <QObject>

class AuditJournal;

class JournalAnchorWatch : public QObject
{
    Q_OBJECT
public:
    explicit JournalAnchorWatch(AuditJournal *journal, QObject *parent = nullptr);

    // `kept` false: nobody keeps an anchor (tests, tools), nothing is reported. Else `anchor`
    // is what was kept (JournalAnchor::serialize(); empty: nothing yet).
    void start(bool kept, const QByteArray &anchor);

Q_SIGNALS:
    void advanced(const QByteArray &anchor);
    void held(const QString &problem);

private:
    void hold(const QString &problem);

    AuditJournal *m_journal;
    JournalAnchor m_last;
    bool m_held = false;
};
