#include "ui/org/member_table_delegate.h"

#include <QApplication>
#include <QPainter>

void MemberTableDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QStyleOptionViewItem &opt = option;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    QColor pen;
    if (opt.state & QStyle::State_Selected) {
        pen = opt.palette.color(group, QPalette::HighlightedText);
    } else if (const QVariant fg = index.data(Qt::ForegroundRole); fg.canConvert<QBrush>()) {
        pen = fg.value<QBrush>().color();
    } else {
        pen = opt.palette.color(group, QPalette::Text);
    }
    // The same margins as the style's own item text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    const QString text = index.data(Qt::DisplayRole).toString();
    painter->save();
    painter->setPen(pen);
    painter->setFont(opt.font);
    painter->drawText(
        textRect,
        int(QStyle::visualAlignment(opt.direction, Qt::AlignLeft | Qt::AlignVCenter)) |
            Qt::TextSingleLine,
        opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect;
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = opt.palette.color(
            group, (opt.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}
