#include "console/window_picture.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFontMetrics>
#include <QPainter>
#include <QPixmap>
#include <QWidget>

#include <algorithm>

namespace WindowPicture {

QImage take(QWidget *window)
{
    QImage picture = window->grab().toImage();
    QPainter painter(&picture);
    // Paint in the window's logical pixels, whatever the screen's ratio.
    const qreal ratio = picture.devicePixelRatio();
    const QSize area = (QSizeF(picture.size()) / ratio).toSize();
    // The modal dialog last: it is the one on top (a question over the editor that asked it).
    QList<QWidget *> dialogs;
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top != window && top->isVisible() && qobject_cast<QDialog *>(top))
            dialogs.append(top);
    std::stable_partition(dialogs.begin(), dialogs.end(),
                          [](QWidget *w) { return w != QApplication::activeModalWidget(); });
    for (QWidget *top : std::as_const(dialogs)) {
        const QPixmap dialog = top->grab();
        const QSize size = (QSizeF(dialog.size()) / dialog.devicePixelRatio()).toSize();
        // A plain title bar with the dialog's title, as the desktop would draw it: the
        // picture names the dialog the guide speaks of.
        const QFontMetrics metrics(window->font());
        const int bar = metrics.height() + 10;
        const QRect frame(
            QPoint((area.width() - size.width()) / 2, (area.height() - size.height() - bar) / 2),
            QSize(size.width(), size.height() + bar));
        const QPalette palette = window->palette();
        painter.fillRect(frame.x(), frame.y(), frame.width(), bar,
                         palette.color(QPalette::Active, QPalette::Highlight));
        painter.setPen(palette.color(QPalette::Active, QPalette::HighlightedText));
        painter.setFont(window->font());
        painter.drawText(
            QRect(frame.x() + 10, frame.y(), frame.width() - 20, bar),
            Qt::AlignVCenter | Qt::AlignLeft,
            metrics.elidedText(top->windowTitle(), Qt::ElideRight, frame.width() - 20));
        painter.drawPixmap(QRect(frame.topLeft() + QPoint(0, bar), size), dialog);
        painter.setPen(palette.color(QPalette::Shadow));
        painter.drawRect(frame.adjusted(-1, -1, 0, 0));
    }
    return picture;
}

QAction *findAction(QWidget *window, const QString &name, QStringList *known)
{
    // Names repeat from page to page ("syncAction"): the one of a shown widget first (a hidden
    // page's is not the one meant), then any.
    const QList<QAction *> actions = window->findChildren<QAction *>();
    auto shown = [](QAction *a) {
        auto *owner = qobject_cast<QWidget *>(a->parent());
        return !owner || owner->isVisible();
    };
    for (bool needShown : {true, false})
        for (QAction *a : actions)
            if (!name.isEmpty() && a->objectName() == name && (!needShown || shown(a)))
                return a;
    known->clear();
    for (QAction *a : actions)
        if (!a->objectName().isEmpty() && !a->objectName().startsWith(u"goToPage") &&
            !a->objectName().startsWith(u"_q_"))
            known->append(a->objectName());
    known->sort();
    known->removeDuplicates();
    return nullptr;
}

} // namespace WindowPicture
