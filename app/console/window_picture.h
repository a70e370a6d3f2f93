#pragma once

#include <QImage>
#include <QStringList>

class QAction;
class QWidget;

// What `--screenshot` saves and how `--screenshot-action` finds its command: the window as a
// person sees it, with the dialog it has open drawn over it, so that the user guide's pictures
// of dialogs are made by the program itself and never go stale.
namespace WindowPicture {

// The window, and over it each dialog that is open, centred where a window manager puts a
// dialog that belongs to it, under a plain title bar with its title and inside a one-pixel
// edge, so that it stands out from the window.
QImage take(QWidget *window);

// The window's action whose object name is `name` (its pages' too), or nullptr; `known` then
// gets the names there are, sorted, for the message.
QAction *findAction(QWidget *window, const QString &name, QStringList *known);

} // namespace WindowPicture
