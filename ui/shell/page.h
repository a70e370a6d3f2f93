#pragma once
// One section of the console (the organisation today; seller tools, apps and licenses next).
// The shell hosts pages in a stack and, while a page is current, shows its menus, its
// toolbar actions and its status-bar widgets; a page never reaches into the shell or another
// page, so a new domain adds a page without touching the others.
#include <QList>
#include <QWidget>

class QAction;
class QMenu;
class QSettings;

class Page : public QWidget
{
    Q_OBJECT
public:
    // Where the shell puts a page's actions besides its own menus.
    enum class Place
    {
        File,
        View,
        ToolBar
    };

    using QWidget::QWidget;

    // The name in the navigation.
    virtual QString title() const = 0;
    // Menus shown between File and View while the page is current.
    virtual QList<QMenu *> menus() const { return {}; }
    virtual QList<QAction *> pageActions(Place place) const
    {
        Q_UNUSED(place);
        return {};
    }
    // Widgets shown on the left of the status bar while the page is current.
    virtual QList<QWidget *> statusWidgets() const { return {}; }
    // A plain member may look but not change; `why` says so where an action is refused.
    virtual void setReadOnly(bool readOnly, const QString &why) = 0;
    virtual void saveLayout(QSettings &settings) const { Q_UNUSED(settings); }
    virtual void restoreLayout(const QSettings &settings) { Q_UNUSED(settings); }

Q_SIGNALS:
    // A passing note for the status bar (0 = until the next one).
    void statusMessage(const QString &text, int timeoutMs);
};
