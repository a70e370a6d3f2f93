#include "storage/journal_anchor_watch.h"

#include "common/logging.h"
#include "storage/audit_journal.h"

JournalAnchorWatch::JournalAnchorWatch(AuditJournal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
}

void JournalAnchorWatch::start(bool kept, const QByteArray &anchor)
{
    if (!kept)
        return;
    QString error;
    if (!anchor.isEmpty()) {
        if (!JournalAnchor::parse(anchor, &m_last, &error)) {
            hold(error);
            return;
        }
        const auto problems = m_journal->checkAnchor(m_last, &error);
        if (!problems.isEmpty() || !error.isEmpty()) {
            hold(problems.isEmpty() ? error : problems.first().message);
            return;
        }
    }
    m_journal->setOnAppended([this](const JournalAnchor &head) {
        if (m_held)
            return;
        QString why;
        if (!m_last.isNull()) {
            const auto problems = m_journal->checkAnchor(m_last, &why);
            if (!problems.isEmpty() || !why.isEmpty()) {
                hold(problems.isEmpty() ? why : problems.first().message);
                return;
            }
        }
        m_last = head;
        Q_EMIT advanced(head.serialize());
    });
}

void JournalAnchorWatch::hold(const QString &problem)
{
    m_held = true;
    qCWarning(lcAudit) << "journal anchor held:" << problem;
    Q_EMIT held(tr("The audit journal does not match what was recorded outside it (%1); the "
                   "record is left as it was (marketdesk-cli audit verify).")
                    .arg(problem));
}
