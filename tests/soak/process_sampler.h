#pragma once
// The soak's view of its own process: resident memory, the heap in use (glibc's count, so that
// memory held by live objects is told from memory the allocator keeps), SQLite's own memory
// (page caches), open file descriptors and threads, read every few seconds and appended to a
// CSV file; and the judgement of whether they stayed flat once warm (docs/reliability.md,
// "A soak").
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

struct ProcessSample
{
    double seconds = 0;
    qint64 rssKiB = 0;
    qint64 heapKiB = 0;   // allocated and not freed (mallinfo2)
    qint64 sqliteKiB = 0; // of which SQLite's (sqlite3_memory_used)
    int fds = 0;
    int threads = 0;
    qint64 operations = 0;
    // The heap the program's own objects hold: all of it but SQLite's page caches.
    qint64 ownKiB() const { return heapKiB - sqliteKiB; }
};

class ProcessSampler : public QObject
{
    Q_OBJECT
public:
    explicit ProcessSampler(QObject *parent = nullptr);

    // Starts writing samples to `csvPath` every `intervalMs`; false with `error` when the file
    // cannot be created.
    bool start(const QString &csvPath, int intervalMs, QString *error);
    void stop() { m_timer.stop(); }
    // The work done so far, written beside each sample.
    void setOperations(qint64 operations) { m_operations = operations; }
    // Takes one sample now.
    ProcessSample sample();
    const QList<ProcessSample> &samples() const { return m_samples; }

    // Reads the samples of an earlier run (the CSV start() writes), to judge them again.
    bool load(const QString &csvPath, QString *error);
    // Whether memory stayed flat once warm: false with `verdict` saying what grew. `judged`
    // is false (and `verdict` says why) for a run too short to tell.
    bool flat(QString *verdict, bool *judged) const;

private:
    QFile m_file;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_operations = 0;
    QList<ProcessSample> m_samples;
};
