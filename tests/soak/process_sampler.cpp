#include "soak/process_sampler.h"

#include <QDir>

#include <sqlite3.h>

#include <algorithm>
#include <malloc.h>

namespace {

// A "Name:   value kB" line of /proc/self/status.
qint64 statusField(const QByteArray &status, const QByteArray &name)
{
    for (const QByteArray &line : status.split('\n'))
        if (line.startsWith(QByteArray(name + ':')))
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

QByteArray status()
{
    QFile f(QStringLiteral("/proc/self/status"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int openDescriptors()
{
    // Every entry of /proc/self/fd but the one this listing opens to read it.
    const int n = int(QDir(QStringLiteral("/proc/self/fd"))
                          .entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)
                          .size());
    return n > 0 ? n - 1 : 0;
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return double(values.at(values.size() / 2));
}

// Least-squares slope of `value` against time, in KiB per minute.
double slopePerMinute(const QList<ProcessSample> &s, qint64 ProcessSample::*value)
{
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const ProcessSample &p : s) {
        const double x = p.seconds / 60, y = double(p.*value);
        n += 1;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double d = n * sxx - sx * sx;
    return d > 0 ? (n * sxy - sx * sy) / d : 0;
}

} // namespace

ProcessSampler::ProcessSampler(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { sample(); });
}

bool ProcessSampler::start(const QString &csvPath, int intervalMs, QString *error)
{
    m_file.setFileName(csvPath);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        *error =
            QStringLiteral("cannot write the samples to %1: %2").arg(csvPath, m_file.errorString());
        return false;
    }
    m_file.write("seconds,rss_kib,heap_kib,sqlite_kib,fds,threads,operations\n");
    m_clock.start();
    m_timer.start(intervalMs);
    sample();
    return true;
}

ProcessSample ProcessSampler::sample()
{
    const QByteArray s = status();
    const struct mallinfo2 heap = mallinfo2();
    ProcessSample p;
    p.seconds = m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0;
    p.rssKiB = statusField(s, "VmRSS");
    p.heapKiB = qint64((heap.uordblks + heap.hblkhd) / 1024);
    p.sqliteKiB = sqlite3_memory_used() / 1024;
    p.fds = openDescriptors();
    p.threads = int(statusField(s, "Threads"));
    p.operations = m_operations;
    m_samples.append(p);
    if (m_file.isOpen()) {
        m_file.write(QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                         .arg(p.seconds, 0, 'f', 1)
                         .arg(p.rssKiB)
                         .arg(p.heapKiB)
                         .arg(p.sqliteKiB)
                         .arg(p.fds)
                         .arg(p.threads)
                         .arg(p.operations)
                         .toLatin1());
        m_file.flush();
    }
    return p;
}

bool ProcessSampler::flat(QString *verdict, bool *judged) const
{
    // Warm once a fifth of the run is over (caches filled, every kind of work done several
    // times); judged on the rest: the heap's slope, and the tenth after warming against the
    // last tenth.
    const double total = m_samples.isEmpty() ? 0 : m_samples.last().seconds;
    QList<ProcessSample> judgedPart;
    QList<qint64> warmRss, lastRss, warmHeap, lastHeap;
    for (const ProcessSample &p : m_samples) {
        if (p.seconds < total * 0.2)
            continue;
        judgedPart.append(p);
        if (p.seconds < total * 0.3) {
            warmRss.append(p.rssKiB);
            warmHeap.append(p.heapKiB);
        } else if (p.seconds >= total * 0.9) {
            lastRss.append(p.rssKiB);
            lastHeap.append(p.heapKiB);
        }
    }
    if (total < 600 || warmRss.size() < 5 || lastRss.size() < 5) {
        *judged = false;
        *verdict = QStringLiteral("not judged: %1 s and %2 samples are too few to tell warm-up "
                                  "from growth (10 minutes and 5 samples a tenth are needed)")
                       .arg(total, 0, 'f', 0)
                       .arg(m_samples.size());
        return true;
    }
    *judged = true;
    const double rss = median(lastRss) - median(warmRss);
    const double heap = median(lastHeap) - median(warmHeap);
    const double heapSlope = slopePerMinute(judgedPart, &ProcessSample::heapKiB);
    const double rssSlope = slopePerMinute(judgedPart, &ProcessSample::rssKiB);
    *verdict = QStringLiteral("RSS %1 → %2 MiB (%3 KiB/min once warm), heap in use %4 → %5 MiB "
                              "(%6 KiB/min), SQLite %7 MiB at the end")
                   .arg(median(warmRss) / 1024, 0, 'f', 1)
                   .arg(median(lastRss) / 1024, 0, 'f', 1)
                   .arg(rssSlope, 0, 'f', 0)
                   .arg(median(warmHeap) / 1024, 0, 'f', 1)
                   .arg(median(lastHeap) / 1024, 0, 'f', 1)
                   .arg(heapSlope, 0, 'f', 0)
                   .arg(m_samples.last().sqliteKiB / 1024.0, 0, 'f', 1);
    // Flat: what live objects hold grows by under 2 MiB over the judged part (SQLite's page
    // caches fill up to their bound as the files grow), and the process by under 5 % or 8 MiB.
    const double minutes = (judgedPart.last().seconds - judgedPart.first().seconds) / 60;
    return heap < 2048 && heapSlope * minutes < 2048 &&
           rss < std::max(8.0 * 1024, median(warmRss) * 0.05);
}
