#pragma once
// The console's remembered preferences and layout (never secrets), in one place.
#include <QString>

class QWidget;

namespace UiSettings {

inline const QString kWindowGeometry = QStringLiteral("ui/qt6/mainWindow/geometry");
inline const QString kWindowState = QStringLiteral("ui/qt6/mainWindow/state");
inline const QString kOrgSplitter = QStringLiteral("ui/qt6/organisation/splitter");
inline const QString kMemberHeader = QStringLiteral("ui/qt6/organisation/memberHeader");
inline const QString kLanguage = QStringLiteral("general/language"); // "", "en" or "zh_CN"

// The language to use: the setting if made, otherwise the system's.
QString effectiveLanguage();
// Lets the administrator pick the language; it applies at the next start.
void chooseLanguage(QWidget *parent);

} // namespace UiSettings
