#pragma once
// Test support: a QSignalSpy for signals emitted on another thread. QSignalSpy records in the
// emitting thread while the test reads on its own, a data race; this one is connected queued,
// so each emission is recorded in the test's thread, where QTRY_* and the checks read it.
#include <QList>
#include <QObject>
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
    const QVariantList &last() const { return m_calls.last(); }
    const QVariantList &at(qsizetype i) const { return m_calls.at(i); }

private:
    QList<QVariantList> m_calls;
};
