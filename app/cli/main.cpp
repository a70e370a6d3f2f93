// marketdesk-cli: headless marketdesk (see cli_app.h).
#include "cli/cli_app.h"

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
    CliApp cli;
    const int early = cli.parse(app.arguments());
    if (early >= 0)
        return early;
    QTimer::singleShot(0, &cli, &CliApp::run);
    return app.exec();
}
