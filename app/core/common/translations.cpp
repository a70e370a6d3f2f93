#include "common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QString choose(const QString &requested)
{
    if (requested == u"zh_CN" || requested == u"en")
        return requested;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

QString install(QCoreApplication &app, const QString &language)
{
    // Explicit QStrings: with QStringBuilder, deduced types would keep references to temporaries.
    QList<std::pair<QString, QString>> catalogues{
        {QString(QStringLiteral("marketdesk_") + language), QStringLiteral(":/i18n")}};
    if (language != u"en")
        catalogues.prepend({QString(QStringLiteral("qtbase_") + language),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    QStringList missing;
    for (const auto &[name, dir] : catalogues) {
        auto *t = new QTranslator(&app);
        if (t->load(name, dir)) {
            QCoreApplication::installTranslator(t);
        } else {
            missing << QStringLiteral("%1 (in %2)").arg(name, dir);
            delete t;
        }
    }
    return missing.join(QStringLiteral(", "));
}

} // namespace Translations
