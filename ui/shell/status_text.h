#pragma once

#include "resources/status_colours.h"

class QWidget;

// Draws a widget's text (a label's problem, a field's verdict) in a colour with a meaning and
// keeps it right through theme changes: a palette set on a widget keeps its colours when the
// application's palette changes, so a light theme's red would stay on a dark background.
namespace StatusText {

// Text of `widget` in `kind`'s colour for its palette, now and after every palette change.
void mark(QWidget *widget, StatusColours::Kind kind);

// Back to the text colour the widget inherits.
void clear(QWidget *widget);

} // namespace StatusText
