#include "ui/shell/view_settings.h"

#include "ui/shell/plain_text.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

namespace UiSettings {

QString effectiveLanguage()
{
    const QString chosen = QSettings().value(kLanguage).toString();
    if (!chosen.isEmpty())
        return chosen;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

void chooseLanguage(QWidget *parent)
{
    const QStringList codes{QString(), QStringLiteral("en"), QStringLiteral("zh_CN")};
    const QStringList labels{QObject::tr("Follow the system"), QStringLiteral("English"),
                             QStringLiteral("简体中文")};
    const int current = std::max<int>(0, codes.indexOf(QSettings().value(kLanguage).toString()));
    bool ok = false;
    const QString picked =
        QInputDialog::getItem(parent, QObject::tr("Language"),
                              QObject::tr("Language of marketdesk:"), labels, current, false, &ok);
    if (!ok)
        return;
    QSettings().setValue(kLanguage, codes.at(labels.indexOf(picked)));
    PlainText::information(parent, QObject::tr("Language"),
                           QObject::tr("The new language applies the next time marketdesk "
                                       "starts."));
}

} // namespace UiSettings
