// marketdesk: the desktop console. The program itself is the shell: it paints the saved
// account's window first, then loads the console module (everything else) and runs the console
// from it (docs/architecture.md, "Start-up").
#include "common/private_files.h"
#include "common/translations.h"
#include "console/console_loader.h"
#include "console/console_text.h"
#include "console/display_check.h"
#include "console/early_window.h"
#include "resources/resources.h"
#include "ui/shell/main_window.h"
#include "ui/shell/startup_probe.h"
#include "ui/shell/view_settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>

#include <fontconfig/fontconfig.h>

#include <cstdio>
#include <thread>

namespace {

// The language comes from --lang, else the setting, else the system.
QString languageFrom(const QStringList &args)
{
    const qsizetype i = args.indexOf(QStringLiteral("--lang"));
    if (i >= 0 && i + 1 < args.size())
        return args.at(i + 1);
    for (const QString &a : args)
        if (a.startsWith(u"--lang="))
            return a.mid(7);
    return UiSettings::effectiveLanguage();
}

} // namespace

int main(int argc, char **argv)
{
    StartupProbe::mark("main");
    // Before the thread below, which reads the environment this may change.
    const bool headless = DisplayCheck::prepareHeadless(argc, argv);
    // Fontconfig reads its configuration (~5 ms) while QApplication is made, on a core the main
    // thread leaves free then; Qt's font database finds it read when the window's first text
    // needs it (docs/performance.md, session 11).
    std::thread fonts([] { FcInit(); });
    QApplication app(argc, argv);
    StartupProbe::mark("application");
    QApplication::setOrganizationName(QStringLiteral("marketdesk"));
    QApplication::setApplicationName(QStringLiteral("marketdesk"));
    QApplication::setApplicationVersion(QStringLiteral(MARKETDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.marketdesk.Marketdesk"));
    QApplication::setWindowIcon(Resources::applicationIcon()); // dialogs without a parent too
    const QString language = Translations::choose(languageFrom(app.arguments()));
    if (const QString missing = Translations::install(app, language); !missing.isEmpty())
        std::fprintf(stderr, "marketdesk: no translation %s\n", qPrintable(missing));
    // Dates and numbers speak the window's language: the system's own format when it speaks
    // that language already (en_GB stays en_GB), else the language's main one.
    const QLocale wanted(language);
    if (QLocale::system().language() != wanted.language())
        QLocale::setDefault(wanted);
    StartupProbe::mark("translations");
    ConsoleLoader loader;
    ConsoleStart start;
    // One console per data folder: the first holds its lock while it runs, a later start asks
    // it to come forward (InstanceChannel) instead of opening the same files again. Left out:
    // --screenshot runs (made beside a running console), the demo (its own sandbox and
    // throwaway data each time), and what only prints (--help, --version, a bad option).
    QCommandLineParser parser;
    ConsoleText::addOptions(&parser);
    // A bad option is the module's to report; nothing here acts on an unparsed line.
    const bool parsed = parser.parse(app.arguments());
    // Without a display, what prints (help, version, a bad option) and a picture go on,
    // offscreen; a window cannot.
    if (headless && parsed && !parser.isSet(QStringLiteral("help")) &&
        !parser.isSet(QStringLiteral("help-all")) && !parser.isSet(QStringLiteral("version")) &&
        !parser.isSet(QStringLiteral("screenshot"))) {
        fonts.join();
        std::fprintf(stderr, "marketdesk: %s\n", qPrintable(DisplayCheck::noDisplayMessage()));
        return 1;
    }
    const QString dataRoot = parsed ? ConsoleText::dataRoot(parser) : QString();
    std::unique_ptr<QLockFile> lock;
    QString folderError; // the module says it again, translated, if it matters
    if (parsed && !parser.isSet(QStringLiteral("help")) &&
        !parser.isSet(QStringLiteral("help-all")) && !parser.isSet(QStringLiteral("version")) &&
        !parser.isSet(QStringLiteral("screenshot")) && !parser.isSet(QStringLiteral("demo")) &&
        PrivateFiles::makeDir(dataRoot, &folderError)) {
        lock = std::make_unique<QLockFile>(dataRoot + QStringLiteral("/marketdesk.lock"));
        lock->setStaleLockTime(0); // held as long as its console runs, however long
        if (lock->tryLock(0)) {
            start.dataRoot = dataRoot;
        } else if (lock->error() == QLockFile::LockFailedError) {
            // Another console runs there: it only comes forward, so whatever else this
            // command line asks is not done (and said so).
            start.dataRoot = dataRoot;
            start.forward = true;
            start.notApplied = parser.optionNames();
            start.notApplied.removeAll(QStringLiteral("data-dir"));
            start.notApplied.removeAll(QStringLiteral("lang"));
        } // else it cannot be written there: the module will say so
    }
    const EarlyWindow early =
        start.forward || !parsed ? EarlyWindow() : EarlyWindow::forArguments(parser);
    std::unique_ptr<MainWindow> window;
    if (early.wanted()) {
        // The module loads after the first paint: loaded beside the window's construction, it
        // slowed that by more than it gained (docs/performance.md, session 11).
        window = early.showAndWaitForPaint();
        fonts.join();
        if (StartupProbe::quitsAtFirstPaint()) {
            for (int i = 0; i < 100 && !EarlyWindow::painted(window.get()); ++i)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
            return 0;
        }
        if (!window->isVisible())
            return 0; // closed before it was painted
        loader.start();
        loader.waitForLoad();
        if (!window->isVisible())
            return 0; // closed while the module loaded
    } else {
        fonts.join();
    }
    start.account = early.accountName();
    start.quiet = parsed && parser.isSet(QStringLiteral("screenshot"));
    return loader.run(app, std::move(window), start);
}
