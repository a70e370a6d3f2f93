#pragma once
// Helpers shared by the benchmarks: timing, resident memory, medians, and the report format
// "figure  baseline  ratio".
#include <QElapsedTimer>
#include <QString>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace Bench {

inline qint64 residentBytes()
{
    // /proc/self/statm: size resident shared text lib data dt, in pages.
    FILE *f = std::fopen("/proc/self/statm", "r");
    long size = 0, resident = 0;
    if (f) {
        if (std::fscanf(f, "%ld %ld", &size, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return qint64(resident) * 4096;
}

// Bytes the heap holds for the program right now (live allocations, not the pages it keeps).
inline qint64 heapBytes()
{
    return qint64(mallinfo2().uordblks);
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

inline void heading(const char *title)
{
    std::printf("\n== %s\n", title);
    std::fflush(stdout);
}

// One line: what, our figure, the baseline's, and the ratio (baseline / ours for times means
// "how many times faster"; stated explicitly in each line).
inline void line(const QString &text)
{
    std::printf("  %s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace Bench
