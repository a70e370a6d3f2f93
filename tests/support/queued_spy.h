#pragma once
// Test support: a QSignalSpy for signals emitted on another thread. QSignalSpy records in the
// emitting thread while the test reads on its own, a data race; this one is connected queued,
// so each emission is recorded in the test's thread, where QTRY_* and the checks read it.
#include <QList>
#include <QObject>
#include <QTest>
#include <QVariant>

class QueuedSpy : public QObject
{
public:
    template <typename Sender, typename Signal> QueuedSpy(const Sender *sender, Signal signal)
    {
        connect(
            sender, signal, this,
            [this](const auto &...args) {
                m_calls.append(QVariantList{QVariant::fromValue(args)...});
            },
            Qt::QueuedConnection);
    }
    qsizetype count() const { return m_calls.size(); }
    // True once `n` emissions are recorded, those before the call included (unlike
    // QSignalSpy::wait, which waits for one more and so misses an answer that came first).
    bool waitFor(qsizetype n, int timeoutMs)
    {
        return QTest::qWaitFor([this, n] { return count() >= n; }, timeoutMs);
    }
    const QVariantList &last() const { return m_calls.last(); }
    const QVariantList &at(qsizetype i) const { return m_calls.at(i); }

private:
    QList<QVariantList> m_calls;
};
