#include "ui/shell/status_text.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace {

const char kKeeperName[] = "marketdeskStatusText";

// Lives as a child of the widget it colours; sets the colour again when the palette changes.
class Keeper : public QObject
{
public:
    Keeper(QWidget *widget, StatusColours::Kind kind)
        : QObject(widget)
        , m_widget(widget)
        , m_kind(kind)
    {
        setObjectName(QString::fromLatin1(kKeeperName));
        widget->installEventFilter(this);
        apply();
    }

    void setKind(StatusColours::Kind kind)
    {
        m_kind = kind;
        apply();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::PaletteChange)
            apply();
        return false;
    }

private:
    void apply()
    {
        // From the palette it inherits (its parent's, or the application's for a window): its
        // own holds the colour set here, which a muted text would be mixed from again. Setting
        // the same colours again changes nothing and sends no further event, so this ends.
        const QPalette inherited = m_widget->parentWidget() ? m_widget->parentWidget()->palette()
                                                            : QApplication::palette(m_widget);
        const QColor colour = StatusColours::text(m_kind, inherited);
        if (colour == m_widget->palette().color(QPalette::WindowText) &&
            colour == m_widget->palette().color(QPalette::Text))
            return;
        // Only the two text roles are set, so every other role goes on following the theme.
        QPalette wanted;
        for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            wanted.setColor(g, QPalette::WindowText, colour);
            wanted.setColor(g, QPalette::Text, colour);
        }
        m_widget->setPalette(wanted);
    }

    QWidget *m_widget;
    StatusColours::Kind m_kind;
};

Keeper *keeperOf(QWidget *widget)
{
    return widget->findChild<Keeper *>(QString::fromLatin1(kKeeperName),
                                       Qt::FindDirectChildrenOnly);
}

} // namespace

namespace StatusText {

void mark(QWidget *widget, StatusColours::Kind kind)
{
    if (Keeper *k = keeperOf(widget))
        k->setKind(kind);
    else
        new Keeper(widget, kind);
}

void clear(QWidget *widget)
{
    delete keeperOf(widget);
    widget->setPalette(QPalette()); // inherits again
}

} // namespace StatusText
