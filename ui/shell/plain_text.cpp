#include "ui/shell/plain_text.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTextDocument>

namespace PlainText {

QLabel *label(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setText(text);
    return l;
}

QString toolTip(const QString &text)
{
    return text.isEmpty() ? text : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString spoken(const QString &label)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)"));
    QString s = QString(label).remove(mnemonic).remove(u'&').trimmed();
    while (s.endsWith(u':') || s.endsWith(u'\uff1a'))
        s.chop(1);
    return s.trimmed();
}

QMessageBox::StandardButton message(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                    const QString &text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    message(parent, QMessageBox::Information, title, text);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    message(parent, QMessageBox::Warning, title, text);
}

void critical(QWidget *parent, const QString &title, const QString &text)
{
    message(parent, QMessageBox::Critical, title, text);
}

} // namespace PlainText
