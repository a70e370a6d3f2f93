#include "console/console_module.h"

#include "console/console_app.h"
#include "ui/shell/main_window.h"

#include <QApplication>

extern "C" Q_DECL_EXPORT int marketdesk_console_run(QApplication *app, MainWindow *early,
                                                    const QString *accountName)
{
    ConsoleApp console;
    if (early)
        console.adoptWindow(std::unique_ptr<MainWindow>(early), *accountName);
    const int code = console.start(app->arguments());
    if (code >= 0)
        return code;
    return app->exec();
}
