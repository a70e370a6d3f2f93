#pragma once
// The tooltip of a cell whose text comes from files and servers: the same text, escaped,
// because tooltips render what looks like HTML (and Qt's rich text loads <img src=…>).
#include <QTextDocument>
#include <QVariant>

inline QVariant plainToolTip(const QVariant &display)
{
    return display.typeId() == QMetaType::QString
               ? QVariant(Qt::convertFromPlainText(display.toString(), Qt::WhiteSpaceNormal))
               : display;
}
