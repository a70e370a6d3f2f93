#pragma once
// Keeps Tab moving through a QDialogButtonBox whose first button may be hidden. Qt 6.4 makes a
// box's first button (in layout order, hidden or not) the box's focus proxy each time it lays
// the buttons out; Tab into the box then goes to that hidden button, that is nowhere, and stays
// where it was. Without the proxy, Tab visits the box's shown buttons one by one.
#include <QObject>

class QDialogButtonBox;

class ButtonBoxFocus : public QObject
{
    Q_OBJECT
public:
    // Call after the box's last addButton (each lays the buttons out again). Clears `box`'s
    // focus proxy now, and after a style change (another layout, which also shows every
    // button: those hidden before are hidden again), for as long as the box lives.
    static void keepTabThroughHiddenButtons(QDialogButtonBox *box);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ButtonBoxFocus(QDialogButtonBox *box);
};
