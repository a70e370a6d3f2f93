// Runs a fuzz target without libFuzzer, for the g++ builds and the suite: every file of the
// corpus given (files or folders), then a fixed number of inputs mutated from them by a seeded
// generator, so that a run is the same every time and a finding can be replayed. It takes
// libFuzzer's spelling of its options (-runs=N -seed=S -max_len=N) so one test line fits both.
// A crash or a broken invariant writes the input to ./fuzz-finding-<target> before the program
// dies; the sanitizers' own handlers still report it.
#include "fuzz/fuzz_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <random>
#include <unistd.h>
#include <vector>

// The sanitizers end the program with abort() on a finding, so that the handler below keeps
// the input (they would _exit() otherwise). Unused in a build without them.
extern "C" const char *__asan_default_options()
{
    return "abort_on_error=1";
}
extern "C" const char *__ubsan_default_options()
{
    return "abort_on_error=1:print_stacktrace=1";
}

namespace {

const char *g_current = nullptr;
size_t g_currentSize = 0;
char g_findingPath[256] = "fuzz-finding";
constexpr int kSignals[] = {SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL};
struct sigaction g_previous[std::size(kSignals)];

void writeFinding(int signal, siginfo_t *info, void *context)
{
    // Async-signal-safe only: open, write, close.
    const int fd = ::open(g_findingPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        size_t done = 0;
        while (g_current && done < g_currentSize) {
            const ssize_t n = ::write(fd, g_current + done, g_currentSize - done);
            if (n <= 0)
                break;
            done += size_t(n);
        }
        ::close(fd);
        static const char said[] = "fuzz: the input is in ./";
        [[maybe_unused]] ssize_t ignored = ::write(2, said, sizeof said - 1);
        ignored = ::write(2, g_findingPath, std::strlen(g_findingPath));
        ignored = ::write(2, "\n", 1);
    }
    // Then whoever handled the signal before (a sanitizer's report), else the default.
    for (size_t i = 0; i < std::size(kSignals); ++i) {
        if (kSignals[i] != signal)
            continue;
        const struct sigaction &previous = g_previous[i];
        ::sigaction(signal, &previous, nullptr);
        if ((previous.sa_flags & SA_SIGINFO) && previous.sa_sigaction) {
            previous.sa_sigaction(signal, info, context);
            return;
        }
        if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
            previous.sa_handler(signal);
            return;
        }
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void installHandlers()
{
    // A stack of its own, so that a stack overflow is caught too.
    static char alternate[64 * 1024];
    stack_t stack{};
    stack.ss_sp = alternate;
    stack.ss_size = sizeof alternate;
    ::sigaltstack(&stack, nullptr);
    for (size_t i = 0; i < std::size(kSignals); ++i) {
        struct sigaction action
        {
        };
        action.sa_sigaction = writeFinding;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        ::sigaction(kSignals[i], &action, &g_previous[i]);
    }
}

void run(const QByteArray &input)
{
    g_current = input.constData();
    g_currentSize = size_t(input.size());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                           size_t(input.size()));
    g_current = nullptr;
}

// Tokens that matter to the parsers under test: splicing them in reaches further than
// random bytes do.
const std::vector<QByteArray> &tokens()
{
    static const std::vector<QByteArray> all = {"{",
                                                "}",
                                                "[",
                                                "]",
                                                "\"",
                                                ":",
                                                ",",
                                                "null",
                                                "true",
                                                "false",
                                                "-1",
                                                "0",
                                                "1e999",
                                                "1e300",
                                                "9223372036854775807",
                                                "-9223372036854775808",
                                                "0.5",
                                                "\\u0000",
                                                "\\ud800",
                                                "\"\"",
                                                "\r\n",
                                                "\n",
                                                "\r\n\r\n",
                                                "%",
                                                "%00",
                                                "%zz",
                                                "&",
                                                "=",
                                                "?",
                                                "/",
                                                " ",
                                                "\t",
                                                "'",
                                                "\xff",
                                                "\xef\xbb\xbf",
                                                "\xc3",
                                                "-----BEGIN PUBLIC KEY-----\n",
                                                "-----END PUBLIC KEY-----\n",
                                                "=",
                                                "==",
                                                "2026-12-02T10:00:00Z",
                                                "2026-12-02T10:00:00.000+08:00",
                                                "000000",
                                                "GET ",
                                                " HTTP/1.1",
                                                "POST ",
                                                "Content-Length: ",
                                                "sha256=",
                                                "\"items\"",
                                                "\"nextCursor\"",
                                                "\"version\"",
                                                "\"resultCode\""};
    return all;
}

// Numbers at the edges of what the readers convert: beyond qint64, beyond 2^53, negative.
const std::vector<QByteArray> &extremes()
{
    static const std::vector<QByteArray> all = {"1e300",
                                                "-1e300",
                                                "1e19",
                                                "9223372036854775807",
                                                "9223372036854775808",
                                                "-9223372036854775808",
                                                "9007199254740993",
                                                "4294967296",
                                                "-1",
                                                "0.5"};
    return all;
}

QByteArray mutate(const QByteArray &base, const std::vector<QByteArray> &corpus,
                  std::mt19937_64 &rng, qsizetype maxLength)
{
    QByteArray out = base;
    auto below = [&rng](qsizetype n) { return n <= 0 ? 0 : qsizetype(rng() % quint64(n)); };
    const int steps = 1 + int(rng() % 6);
    for (int i = 0; i < steps; ++i) {
        switch (rng() % 8) {
        case 0: // flip a bit
            if (!out.isEmpty()) {
                const qsizetype at = below(out.size());
                out[at] = char(out[at] ^ (1 << (rng() % 8)));
            }
            break;
        case 1: // a random byte
            if (!out.isEmpty())
                out[below(out.size())] = char(rng());
            break;
        case 2: { // insert random bytes (each draw on its own line: the same order everywhere)
            const qsizetype at = below(out.size() + 1);
            const qsizetype count = 1 + below(4);
            const char byte = char(rng());
            out.insert(at, QByteArray(count, byte));
            break;
        }
        case 3: { // delete a range
            if (out.isEmpty())
                break;
            const qsizetype at = below(out.size());
            out.remove(at, 1 + below(std::min<qsizetype>(16, out.size() - at)));
            break;
        }
        case 4: { // repeat a range
            if (out.isEmpty())
                break;
            const qsizetype at = below(out.size());
            const qsizetype length = 1 + below(32);
            const QByteArray piece = out.mid(at, length);
            const qsizetype to = below(out.size() + 1);
            const int times = 1 + int(below(3));
            out.insert(to, piece.repeated(times));
            break;
        }
        case 5: { // a token
            const qsizetype at = below(out.size() + 1);
            out.insert(at, tokens()[size_t(below(qsizetype(tokens().size())))]);
            break;
        }
        case 6: { // splice with another input
            if (corpus.empty())
                break;
            const QByteArray &other = corpus[size_t(below(qsizetype(corpus.size())))];
            const qsizetype keep = below(out.size() + 1);
            const qsizetype from = below(other.size() + 1);
            out = out.left(keep) + other.mid(from);
            break;
        }
        default: { // replace a digit run with an extreme number
            const qsizetype at = below(out.size());
            qsizetype end = at;
            while (end < out.size() && out[end] >= '0' && out[end] <= '9')
                ++end;
            if (end > at)
                out.replace(at, end - at, extremes()[size_t(below(qsizetype(extremes().size())))]);
            break;
        }
        }
    }
    return out.left(maxLength);
}

} // namespace

int main(int argc, char **argv)
{
    installHandlers();
    std::snprintf(g_findingPath, sizeof g_findingPath, "fuzz-finding-%s",
                  QFileInfo(QFile::decodeName(argv[0])).fileName().toLocal8Bit().constData());
    long long runs = 0;
    quint64 seed = 1;
    qsizetype maxLength = 64 * 1024;
    std::vector<QByteArray> corpus;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        bool ok = true;
        if (arg.startsWith("-runs="))
            runs = arg.mid(6).toLongLong(&ok);
        else if (arg.startsWith("-seed="))
            seed = arg.mid(6).toULongLong(&ok);
        else if (arg.startsWith("-max_len="))
            maxLength = arg.mid(9).toLongLong(&ok);
        else if (arg.startsWith('-'))
            continue; // a libFuzzer option this driver has no use for
        else {
            const QString path = QFile::decodeName(arg);
            const QFileInfo info(path);
            if (!info.exists()) {
                std::fprintf(stderr, "%s: %s: no such file or folder\n", argv[0], argv[i]);
                return 2;
            }
            QStringList files;
            if (info.isDir()) {
                QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
                while (it.hasNext())
                    files << it.next();
                files.sort(); // the same order on every machine
            } else {
                files << path;
            }
            for (const QString &file : std::as_const(files)) {
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly)) {
                    std::fprintf(stderr, "%s: %s: %s\n", argv[0], qPrintable(file),
                                 qPrintable(f.errorString()));
                    return 2;
                }
                corpus.push_back(f.readAll());
            }
        }
        if (!ok || runs < 0 || maxLength <= 0) {
            std::fprintf(stderr, "%s: %s: expected a whole number of at least 0\n", argv[0],
                         argv[i]);
            return 2;
        }
    }
    for (const QByteArray &input : corpus)
        run(input);
    std::mt19937_64 rng(seed);
    const std::vector<QByteArray> empty{QByteArray()};
    const std::vector<QByteArray> &bases = corpus.empty() ? empty : corpus;
    for (long long i = 0; i < runs; ++i)
        run(mutate(bases[size_t(rng() % bases.size())], bases, rng, maxLength));
    std::printf("%s: %zu inputs of the corpus and %lld mutated ones (seed %llu): no finding\n",
                QFileInfo(QFile::decodeName(argv[0])).fileName().toLocal8Bit().constData(),
                corpus.size(), runs, static_cast<unsigned long long>(seed));
    return 0;
}
