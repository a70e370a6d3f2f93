// marketdesk-cli: headless marketdesk (see cli_app.h).
#include "cli/cli_app.h"
#include "common/translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("marketdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("marketdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARKETDESK_VERSION));
    // The terminal shows results and errors; the subsystems' info lines only when asked for
    // (QT_LOGGING_RULES="marketdesk.*.info=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("marketdesk.*.info=false"));
    // Before the options are parsed, so that --help is in the chosen language too.
    const QStringList args = app.arguments();
    QString language;
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i >= 0 && i + 1 < args.size())
        language = args.at(i + 1);
    for (const QString &a : args)
        if (a.startsWith(u"--lang="))
            language = a.mid(7);
    Translations::install(app, Translations::choose(language));
    CliApp cli;
    const int early = cli.parse(app.arguments());
    if (early >= 0)
        return early;
    QTimer::singleShot(0, &cli, &CliApp::run);
    return app.exec();
}
