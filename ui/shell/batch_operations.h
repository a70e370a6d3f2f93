#pragma once
// What BatchOperationDialog needs from a domain's service to send one batch and follow it:
// send, retry the failed targets, cancel, read the results and export them, each with its own
// ticket, and the service's answers as signals. Each domain implements it over its service
// (ui/org/org_batch_operations.h, ui/apps/apps_batch_operations.h), so the dialog knows none.
#include "storage/outbox.h"

#include <QObject>

class BatchOperations : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual quint64 newTicket() const = 0;
    // The window's title for `count` targets of the current action.
    virtual QString title(int count) const = 0;
    // "Done: 3 members changed." and the like.
    virtual QString doneText(int done) const = 0;
    virtual void send(quint64 ticket, const QStringList &keys) = 0;
    virtual void retryFailed(quint64 ticket, qint64 operationId) = 0;
    virtual void cancel(qint64 operationId) = 0;
    virtual void requestResults(qint64 operationId) = 0;
    virtual void exportResults(quint64 ticket, qint64 operationId, const QString &path) = 0;
    // Whether the done targets can be changed back, and the switch to the opposite action
    // (the next send() undoes).
    virtual bool canUndo() const { return false; }
    virtual void switchToUndo() {}
    // How a target key reads in the results, and the column's title.
    virtual QString keyLabel(const QString &key) const { return key; }
    virtual QString keyHeader() const = 0;

Q_SIGNALS:
    void queued(quint64 ticket, qint64 operationId, int total);
    // The change was refused before it reached the outbox (nothing was sent).
    void refused(quint64 ticket, const QString &message);
    void progress(qint64 operationId, int done, int failed, int total);
    void finished(qint64 operationId, int done, int failed);
    void resultsReady(qint64 operationId, const QList<Outbox::Target> &targets);
    void stalled(const QString &message);
    void exportFinished(quint64 ticket, bool ok, const QString &message);
};
