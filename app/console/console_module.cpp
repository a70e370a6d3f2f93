#include "console/console_module.h"

#include "console/console_app.h"
#include "console/instance_channel.h"
#include "ui/shell/main_window.h"

#include <QApplication>
#include <QDir>

#include <cstdio>

extern "C" Q_DECL_EXPORT int marketdesk_console_run(QApplication *app, const ConsoleStart *start)
{
    if (start->forward) {
        QString error;
        if (!InstanceChannel::forward(start->dataRoot, &error)) {
            std::fputs(qPrintable(QStringLiteral("marketdesk: ") + error + u'\n'), stderr);
            return 1;
        }
        const QString folder = QDir::toNativeSeparators(start->dataRoot);
        if (!start->notApplied.isEmpty()) {
            std::fputs(qPrintable(QCoreApplication::translate(
                                      "ConsoleApp",
                                      "marketdesk: already open on %1 and brought forward; --%2 "
                                      "was not applied (switch accounts there with Ctrl+K, or "
                                      "quit it first)\n")
                                      .arg(folder, start->notApplied.join(QStringLiteral(", --")))),
                       stderr);
            return 1;
        }
        std::fputs(qPrintable(QCoreApplication::translate(
                                  "ConsoleApp", "marketdesk: already open on %1; that window "
                                                "was asked to come forward\n")
                                  .arg(folder)),
                   stdout);
        return 0;
    }
    ConsoleApp console;
    if (start->early)
        console.adoptWindow(std::unique_ptr<MainWindow>(start->early), start->account);
    if (!start->dataRoot.isEmpty())
        console.listenForOtherStarts(start->dataRoot);
    const int code = console.start(app->arguments());
    if (code >= 0)
        return code;
    return app->exec();
}
