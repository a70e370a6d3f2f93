#pragma once
// A warning for something that went wrong in the background (a file not written, a change
// refused), shown without waiting for it: the page keeps working, and no nested event loop
// runs while a queued answer is being handled. Plain text, like every box of the console.
#include <QMessageBox>

inline QMessageBox *showNotice(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("licensesNotice"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}
