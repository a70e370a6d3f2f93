#pragma once
// Paints the member table's cells: the style's item panel (selection, hover, alternate rows),
// one line of text elided at the right, the model's foreground (disabled members grey) and the
// focus frame. QStyledItemDelegate asks the model for a dozen roles per cell and lays the text
// out for wrapping through QTextLayout; over 100,000 members that was most of a search
// keystroke's repaint (docs/performance.md).
#include <QStyledItemDelegate>

class MemberTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
