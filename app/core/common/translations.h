#pragma once
// Loads the program's catalogues for a language, for the console and the CLI alike. English
// loads its catalogue too: the source texts are English, but their plural forms ("1 member",
// "2 members") come from it.
#include <QString>

class QCoreApplication;

namespace Translations {

// "zh_CN" or "en": `requested` when it is one of them, otherwise the system's language.
QString choose(const QString &requested);
// Installs Qt's and marketdesk's catalogues for `language`; returns what could not be loaded
// (empty when all was).
QString install(QCoreApplication &app, const QString &language);

} // namespace Translations
