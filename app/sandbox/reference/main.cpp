// marketdesk-reference-saas: a seller's server for KooGallery, correct by default, with
// switches to get each rule wrong (docs/api.md, "Reference SaaS server").
#include "common/save_file.h"
#include "sandbox/reference/reference_host.h"
#include "sandbox/reference/reference_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "marketdesk-reference-saas: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marketdesk-reference-saas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARKETDESK_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A reference SaaS server: the seller's side of KooGallery's production, Kit and login "
        "interfaces, correct unless told otherwise by its fault switches. Listens on 127.0.0.1 "
        "only. See docs/api.md, \"Reference SaaS server\"."));
    p.addHelpOption();
    p.addVersionOption();
    const auto opt = [](const char *name, const char *help, const char *value = nullptr) {
        return value ? QCommandLineOption(QLatin1String(name), QLatin1String(help),
                                          QLatin1String(value))
                     : QCommandLineOption(QLatin1String(name), QLatin1String(help));
    };
    p.addOptions({
        opt("port", "Port to listen on; 0 (default) picks a free one and prints it.", "N"),
        opt("config",
            "Settings as a JSON file: mode, basicAccessKey[File], kitAccessKey[File], "
            "privateKeyFile, passphraseFile, pathPrefix, callbackPath, appId, encryptType, "
            "licenseQuota, faults. The options below override it.",
            "FILE"),
        opt("mode", "Protocol generation: v2 (default) or v1.", "v1|v2"),
        opt("basic-key-file", "File holding the accessKey of the basic interfaces.", "FILE"),
        opt("kit-key-file", "File holding the accessKey of the Kit interfaces (another key).",
            "FILE"),
        opt("private-key", "The seller's RSA private key (PEM), to decrypt clientSecret.", "FILE"),
        opt("passphrase-file", "File holding the private key's passphrase, if it is encrypted.",
            "FILE"),
        opt("prefix", "Path of the production address (default /isv/produce).", "PATH"),
        opt("callback-path", "Path of the login callback (default /isv/login/callback).", "PATH"),
        opt("app-id", "The credential's appId the login callback uses.", "ID"),
        opt("encrypt-type", "V1 appInfo encryption: 1 (AES-256, default) or 2 (AES-128).", "N"),
        opt("faults", "Fault switches as JSON, e.g. '{\"acceptAnySignature\":true}'.", "JSON"),
        opt("tls", "Serve HTTPS with a CA and certificate generated at start."),
        opt("tls-ca-out", "With --tls: write the generated CA certificate (PEM) to FILE.", "FILE"),
    });
    p.process(app);
    if (!p.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"; see --help")
                              .arg(p.positionalArguments().constFirst()));

    QJsonObject settings;
    QString baseDir = QDir::currentPath();
    if (p.isSet(QStringLiteral("config"))) {
        QFile f(p.value(QStringLiteral("config")));
        if (!f.open(QIODevice::ReadOnly))
            return usageError(
                QStringLiteral("--config: cannot read %1: %2").arg(f.fileName(), f.errorString()));
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        if (!doc.isObject())
            return usageError(
                QStringLiteral("--config: %1 is not a JSON object").arg(f.fileName()));
        settings = doc.object();
        baseDir = QFileInfo(f.fileName()).absolutePath();
    }
    // Options override the file; their relative paths are the working directory's.
    const QString cwd = QDir::currentPath();
    const auto path = [&](const char *option) {
        return QDir(cwd).absoluteFilePath(p.value(QLatin1String(option)));
    };
    for (const auto &[option, key] : {std::pair{"basic-key-file", "basicAccessKeyFile"},
                                      {"kit-key-file", "kitAccessKeyFile"},
                                      {"private-key", "privateKeyFile"},
                                      {"passphrase-file", "passphraseFile"}}) {
        if (p.isSet(QLatin1String(option))) {
            settings.insert(QLatin1String(key), path(option));
            if (QLatin1String(key) == u"basicAccessKeyFile")
                settings.remove(QStringLiteral("basicAccessKey"));
            if (QLatin1String(key) == u"kitAccessKeyFile")
                settings.remove(QStringLiteral("kitAccessKey"));
        }
    }
    for (const auto &[option, key] : {std::pair{"mode", "mode"},
                                      {"prefix", "pathPrefix"},
                                      {"callback-path", "callbackPath"},
                                      {"app-id", "appId"},
                                      {"encrypt-type", "encryptType"}}) {
        if (p.isSet(QLatin1String(option)))
            settings.insert(QLatin1String(key), p.value(QLatin1String(option)));
    }
    if (p.isSet(QStringLiteral("faults"))) {
        const QJsonDocument doc =
            QJsonDocument::fromJson(p.value(QStringLiteral("faults")).toUtf8());
        if (!doc.isObject())
            return usageError(QStringLiteral("--faults: not a JSON object"));
        settings.insert(QStringLiteral("faults"), doc.object());
    }

    ReferenceOptions options;
    QString error;
    if (!options.config.read(settings, baseDir, &error))
        return usageError(error);
    bool ok = true;
    const int port =
        p.value(QStringLiteral("port")).isEmpty() ? 0 : p.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return usageError(QStringLiteral("--port: expected a whole number from 0 to 65535"));
    options.port = quint16(port);
    options.tls = p.isSet(QStringLiteral("tls"));
    QByteArray caPem;
    auto server = createReference(options, &error, &caPem);
    if (!server) {
        std::fprintf(stderr, "marketdesk-reference-saas: %s\n", qPrintable(error));
        return 1;
    }
    if (p.isSet(QStringLiteral("tls-ca-out"))) {
        QSaveFile f(p.value(QStringLiteral("tls-ca-out")));
        if (!f.open(QIODevice::WriteOnly) || f.write(caPem) != caPem.size() ||
            !SaveFile::commit(f)) {
            std::fprintf(stderr, "marketdesk-reference-saas: --tls-ca-out: cannot write %s\n",
                         qPrintable(f.fileName()));
            return 1;
        }
    }
    std::printf("marketdesk-reference-saas (%s) listening on %s://127.0.0.1:%u%s\n",
                qPrintable(ReferenceConfig::modeName(options.config.mode)),
                options.tls ? "https" : "http", unsigned(server->serverPorts().value(0)),
                qPrintable(options.config.pathPrefix));
    std::fflush(stdout);
    return app.exec();
}
