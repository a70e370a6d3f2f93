#pragma once

#include <QColor>
#include <QPalette>

// The colours that carry a meaning (an error, a warning, success, a disabled or muted row, the
// sign-in banner), chosen for the palette in use so that they stay readable in a light and a
// dark theme alike: each text colour keeps a WCAG contrast of at least 4.5:1 against the
// palette's Base and Window (tst_status_colours). Models and widgets ask here instead of
// writing colours of their own.
namespace StatusColours {

enum class Kind
{
    Error,
    Warning,
    Success,
    Muted
};

// Whether the palette's window is dark (a dark theme).
bool isDark(const QPalette &palette);

// Text in `kind`'s meaning on the palette's Base and Window.
QColor text(Kind kind, const QPalette &palette);

// A soft tint of `kind` behind text of the palette's Text colour (row and cell marks); the
// text keeps its contrast over it. `strength` 0.5 gives a paler one (a lesser degree).
QColor tint(Kind kind, const QPalette &palette, double strength = 1.0);

// The sign-in banner: a warm background and its text.
QColor bannerBackground(const QPalette &palette);
QColor bannerText(const QPalette &palette);

// `palette` with its text (WindowText and Text) in `kind`'s colour: for a label or a field.
QPalette withText(QPalette palette, Kind kind);

// The application's palette when there is a QGuiApplication, else the default light one
// (models made in a program without a GUI).
QPalette applicationPalette();

// WCAG 2 contrast ratio of two opaque colours (1 to 21).
double contrast(const QColor &a, const QColor &b);

} // namespace StatusColours
