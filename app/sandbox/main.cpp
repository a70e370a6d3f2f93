// marketdesk-sandbox: a local server speaking the console API, for demos, tests and benchmarks.
#include "fault_injector.h"
#include "sandbox_host.h"
#include "sandbox_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

bool readInt(const QCommandLineParser &p, const QString &name, int min, int max, int *out)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        std::fprintf(
            stderr, "marketdesk-sandbox: --%s: expected a whole number from %d to %d, got \"%s\"\n",
            qPrintable(name), min, max, qPrintable(p.value(name)));
        return false;
    }
    *out = int(v);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marketdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARKETDESK_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A local KooGallery console API server seeded with a realistic enterprise. Listens on "
        "127.0.0.1 only. See docs/api.md."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("port"),
         QStringLiteral("Port to listen on; 0 picks a free one and prints it."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("members"), QStringLiteral("Members to seed (default 3000)."),
         QStringLiteral("N")},
        {QStringLiteral("departments"), QStringLiteral("Departments to seed (default 200)."),
         QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Random seed for the generated enterprise."),
         QStringLiteral("S")},
        {QStringLiteral("data"),
         QStringLiteral("Keep the state in this SQLite file (default: in memory). An existing file "
                        "is reused as it is."),
         QStringLiteral("FILE")},
        {QStringLiteral("faults"),
         QStringLiteral("Fault injection as JSON, e.g. '{\"rate503\":0.1,\"latencyMs\":20}' (see "
                        "docs/api.md)."),
         QStringLiteral("JSON")},
    });
    p.process(app);
    if (!p.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "marketdesk-sandbox: unexpected argument \"%s\"; see --help\n",
                     qPrintable(p.positionalArguments().constFirst()));
        return 2;
    }
    SandboxOptions options;
    int port = 0;
    int seed = int(options.seed.seed);
    if (!readInt(p, QStringLiteral("port"), 0, 65535, &port) ||
        !readInt(p, QStringLiteral("members"), 0, 2'000'000, &options.seed.members) ||
        !readInt(p, QStringLiteral("departments"), 1, 200'000, &options.seed.departments) ||
        !readInt(p, QStringLiteral("seed"), 0, INT_MAX, &seed))
        return 2;
    options.port = quint16(port);
    options.seed.seed = quint32(seed);
    if (p.isSet(QStringLiteral("data")))
        options.dataPath = p.value(QStringLiteral("data"));
    QString error;
    auto server = createSandbox(options, &error);
    if (!server) {
        std::fprintf(stderr, "marketdesk-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    if (p.isSet(QStringLiteral("faults"))) {
        QJsonParseError pe;
        const QJsonDocument doc =
            QJsonDocument::fromJson(p.value(QStringLiteral("faults")).toUtf8(), &pe);
        const QString e = !doc.isObject()
                              ? QStringLiteral("not a JSON object (%1)").arg(pe.errorString())
                              : server->faults().configure(doc.object());
        if (!e.isEmpty()) {
            std::fprintf(stderr, "marketdesk-sandbox: --faults: %s\n", qPrintable(e));
            return 2;
        }
    }
    std::printf("marketdesk-sandbox listening on http://127.0.0.1:%u\n",
                unsigned(server->serverPorts().value(0)));
    std::fflush(stdout);
    return app.exec();
}
