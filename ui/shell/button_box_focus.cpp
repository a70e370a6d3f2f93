#include "ui/shell/button_box_focus.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPointer>
#include <QTimer>

ButtonBoxFocus::ButtonBoxFocus(QDialogButtonBox *box)
    : QObject(box)
{
    box->installEventFilter(this);
}

void ButtonBoxFocus::keepTabThroughHiddenButtons(QDialogButtonBox *box)
{
    box->setFocusProxy(nullptr);
    new ButtonBoxFocus(box);
}

bool ButtonBoxFocus::eventFilter(QObject *watched, QEvent *event)
{
    // The box lays its buttons out again on these, after this filter has seen them.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::LayoutDirectionChange) {
        QTimer::singleShot(0, this, [box = QPointer<QWidget>(qobject_cast<QWidget *>(watched))] {
            if (box)
                box->setFocusProxy(nullptr);
        });
    }
    return QObject::eventFilter(watched, event);
}
