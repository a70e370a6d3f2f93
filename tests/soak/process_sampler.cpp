#include "soak/process_sampler.h"

#include <QDir>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
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

// Least-squares slope of the program's own heap against time, in KiB per minute.
double ownSlopePerMinute(const QList<ProcessSample> &s)
{
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const ProcessSample &p : s) {
        const double x = p.seconds / 60, y = double(p.ownKiB());
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
    m_samples.reserve(4096); // a 5-hour run at one sample in 5 s, without growing meanwhile
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

bool ProcessSampler::load(const QString &csvPath, QString *error)
{
    QFile f(csvPath);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1: %2").arg(csvPath, f.errorString());
        return false;
    }
    static const QByteArray header = "seconds,rss_kib,heap_kib,sqlite_kib,fds,threads,operations";
    if (f.readLine().trimmed() != header) {
        *error = QStringLiteral("%1, line 1: expected the header \"%2\"")
                     .arg(csvPath, QString::fromLatin1(header));
        return false;
    }
    m_samples.clear();
    for (int line = 2; !f.atEnd(); ++line) {
        const QList<QByteArray> v = f.readLine().trimmed().split(',');
        bool ok = v.size() == 7;
        ProcessSample p;
        if (ok)
            p.seconds = v.at(0).toDouble(&ok);
        qint64 n[6] = {};
        for (int i = 1; ok && i < 7; ++i) {
            n[i - 1] = v.at(i).toLongLong(&ok);
            ok = ok && n[i - 1] >= 0;
        }
        if (!ok || !std::isfinite(p.seconds) || p.seconds < 0) {
            *error = QStringLiteral("%1, line %2: expected 7 numbers of 0 or more")
                         .arg(csvPath)
                         .arg(line);
            return false;
        }
        p.rssKiB = n[0];
        p.heapKiB = n[1];
        p.sqliteKiB = n[2];
        p.fds = int(n[3]);
        p.threads = int(n[4]);
        p.operations = n[5];
        m_samples.append(p);
    }
    return true;
}

bool ProcessSampler::flat(QString *verdict, bool *judged) const
{
    // Warm once a fifth of the run is over (caches filled, every kind of work done many
    // times); judged on the rest: the slope, and the tenth after warming against the last tenth.
    const double total = m_samples.isEmpty() ? 0 : m_samples.last().seconds;
    QList<ProcessSample> judgedPart;
    QList<qint64> warmRss, lastRss, warmOwn, lastOwn, warmSqlite, lastSqlite;
    for (const ProcessSample &p : m_samples) {
        if (p.seconds < total * 0.2)
            continue;
        judgedPart.append(p);
        const bool warm = p.seconds < total * 0.3, last = p.seconds >= total * 0.9;
        if (warm || last) {
            (warm ? warmRss : lastRss).append(p.rssKiB);
            (warm ? warmOwn : lastOwn).append(p.ownKiB());
            (warm ? warmSqlite : lastSqlite).append(p.sqliteKiB);
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
    const double own = median(lastOwn) - median(warmOwn);
    const double ownSlope = ownSlopePerMinute(judgedPart);
    const double sqlite = median(lastSqlite) - median(warmSqlite);
    const double rss = median(lastRss) - median(warmRss);
    const double minutes = (judgedPart.last().seconds - judgedPart.first().seconds) / 60;
    *verdict = QStringLiteral("heap in use outside SQLite %1 → %2 MiB (slope %3 KiB/min); "
                              "SQLite %4 → %5 MiB; RSS %6 → %7 MiB")
                   .arg(median(warmOwn) / 1024, 0, 'f', 1)
                   .arg(median(lastOwn) / 1024, 0, 'f', 1)
                   .arg(ownSlope, 0, 'f', 0)
                   .arg(median(warmSqlite) / 1024, 0, 'f', 1)
                   .arg(median(lastSqlite) / 1024, 0, 'f', 1)
                   .arg(median(warmRss) / 1024, 0, 'f', 1)
                   .arg(median(lastRss) / 1024, 0, 'f', 1);
    // Flat: what the program's own objects hold (the heap but SQLite's) grows by under 2 MiB
    // over the judged part, by the tenths and by the slope; SQLite's page caches fill up to
    // their bound (PRAGMA cache_size, 2,000 KiB a connection) as the files grow, and the
    // process may grow by that and by under 8 MiB or 5 % besides.
    return own < 2048 && ownSlope * minutes < 2048 &&
           rss - std::max(0.0, sqlite) < std::max(8.0 * 1024, median(warmRss) * 0.05);
}
