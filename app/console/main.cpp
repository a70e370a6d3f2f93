// marketdesk: the desktop console.
#include "console/console_app.h"
#include "ui/shell/view_settings.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QTranslator>

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

void installTranslators(QApplication &app, const QString &language)
{
    if (language == u"en")
        return;
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // Explicit QStrings: with QStringBuilder, deduced types would keep references to temporaries.
    const QList<std::pair<QString, QString>> catalogues{
        {QString(QStringLiteral("qtbase_") + language), qtDir},
        {QString(QStringLiteral("marketdesk_") + language), QStringLiteral(":/i18n")}};
    for (const auto &[name, dir] : catalogues) {
        auto *t = new QTranslator(&app);
        if (t->load(name, dir)) {
            app.installTranslator(t);
        } else {
            std::fprintf(stderr, "marketdesk: no %s translation in %s\n", qPrintable(name),
                         qPrintable(dir));
            delete t;
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("marketdesk"));
    QApplication::setApplicationName(QStringLiteral("marketdesk"));
    QApplication::setApplicationVersion(QStringLiteral(MARKETDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.marketdesk.Marketdesk"));
    installTranslators(app, languageFrom(app.arguments()));
    ConsoleApp console;
    const int early = console.start(app.arguments());
    if (early >= 0)
        return early;
    return app.exec();
}
