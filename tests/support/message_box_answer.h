#pragma once
// Test support: answers the next message box (a modal QMessageBox run by the code under test)
// with `button`, looking for it for at most a second; `text` gets what it said, "" when none
// came. Header-only: the UI tests include it, the others do not link Widgets for it.
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace TestSupport {

inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *text,
                                 int triesLeft = 50)
{
    QTimer::singleShot(20, qApp, [button, text, triesLeft] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                *text = box->text();
                if (QAbstractButton *b = box->button(button))
                    b->click();
                else
                    box->reject();
                return;
            }
        }
        if (triesLeft > 0)
            answerNextMessageBox(button, text, triesLeft - 1);
    });
}

} // namespace TestSupport
