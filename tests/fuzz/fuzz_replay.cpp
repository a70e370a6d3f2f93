// Runs a fuzz target without libFuzzer, for the g++ builds and the suite: every file of the
// corpus given (files or folders), then a fixed number of inputs mutated from them by a seeded
// generator, so that a run is the same every time and a finding can be replayed. It takes
// libFuzzer's spelling of its options (-runs=N -seed=S -max_len=N) so one test line fits both.
// A crash or a broken invariant writes the input to ./fuzz-finding before the program dies.
#include "fuzz_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <random>
#include <unistd.h>
#include <vector>

namespace {

const char *g_current = nullptr;
size_t g_currentSize = 0;

void writeFinding(int signal)
{
    // Async-signal-safe only: open, write, close.
    const int fd = ::open("fuzz-finding", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        size_t done = 0;
        while (g_current && done < g_currentSize) {
            const ssize_t n = ::write(fd, g_current + done, g_currentSize - done);
            if (n <= 0)
                break;
            done += size_t(n);
        }
        ::close(fd);
        static const char said[] = "fuzz: the input is in ./fuzz-finding\n";
        [[maybe_unused]] const ssize_t ignored = ::write(2, said, sizeof said - 1);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
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
        case 2: // insert random bytes
            out.insert(below(out.size() + 1), QByteArray(1 + below(4), char(rng())));
            break;
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
            const QByteArray piece = out.mid(at, 1 + below(32));
            out.insert(below(out.size() + 1), piece.repeated(1 + int(below(3))));
            break;
        }
        case 5: // a token
            out.insert(below(out.size() + 1), tokens()[size_t(below(qsizetype(tokens().size())))]);
            break;
        case 6: { // splice with another input
            if (corpus.empty())
                break;
            const QByteArray &other = corpus[size_t(below(qsizetype(corpus.size())))];
            out = out.left(below(out.size() + 1)) + other.mid(below(other.size() + 1));
            break;
        }
        default: { // replace a digit run with an extreme number
            const qsizetype at = below(out.size());
            qsizetype end = at;
            while (end < out.size() && out[end] >= '0' && out[end] <= '9')
                ++end;
            if (end > at)
                out.replace(at, end - at, tokens()[size_t(below(2)) + 12]);
            break;
        }
        }
    }
    return out.left(maxLength);
}

} // namespace

int main(int argc, char **argv)
{
    for (int s : {SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL})
        std::signal(s, writeFinding);
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
