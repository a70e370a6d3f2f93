// marketdesk: the desktop console.
#include "common/translations.h"
#include "console/console_app.h"
#include "console/startup_probe.h"
#include "resources/resources.h"
#include "ui/shell/view_settings.h"

#include <QApplication>
#include <QLocale>

#include <cstdio>

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
    ConsoleApp console;
    const int early = console.start(app.arguments());
    if (early >= 0)
        return early;
    return app.exec();
}
