#include "ui/shell/button_box_focus.h"

#include <QAbstractButton>
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
    // The box lays its buttons out again on this, after this filter has seen it.
    if (event->type() == QEvent::StyleChange) {
        auto *box = qobject_cast<QDialogButtonBox *>(watched);
        QList<QPointer<QAbstractButton>> hidden;
        for (QAbstractButton *b : box->buttons())
            if (b->isHidden())
                hidden.append(b);
        QTimer::singleShot(0, this, [box = QPointer<QDialogButtonBox>(box), hidden] {
            for (const QPointer<QAbstractButton> &b : hidden)
                if (b)
                    b->hide();
            if (box)
                box->setFocusProxy(nullptr);
        });
    }
    return QObject::eventFilter(watched, event);
}
