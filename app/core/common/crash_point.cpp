#include "common/crash_point.h"

#include <QByteArray>
#include <QtGlobal>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

struct Target
{
    QByteArray name; // empty: no crash point chosen
    int count = 1;
};

const Target &target()
{
    static const Target chosen = [] {
        Target t;
        const QByteArray value = qgetenv("MARKETDESK_TEST_CRASH_AT");
        const qsizetype colon = value.lastIndexOf(':');
        bool ok = true;
        t.name = colon < 0 ? value : value.left(colon);
        if (colon >= 0)
            t.count = value.mid(colon + 1).toInt(&ok);
        if (!ok || t.count < 1) {
            std::fprintf(stderr,
                         "MARKETDESK_TEST_CRASH_AT: expected NAME or NAME:N with N ≥ 1, "
                         "got \"%s\"; no crash point is set\n",
                         value.constData());
            t.name.clear();
        }
        return t;
    }();
    return chosen;
}

std::atomic<int> g_reached{0};

} // namespace

void CrashPoint::reach(const char *name)
{
    const Target &t = target();
    if (t.name.isEmpty() || t.name != name)
        return;
    if (g_reached.fetch_add(1) + 1 < t.count)
        return;
    // Said on stderr first (unbuffered), so that a test can tell this kill from another.
    static const char said[] = "marketdesk: crash point reached: ";
    [[maybe_unused]] ssize_t n = ::write(2, said, sizeof said - 1);
    n = ::write(2, name, std::strlen(name));
    n = ::write(2, "\n", 1);
    ::kill(::getpid(), SIGKILL);
}
