#pragma once
// Where the compiled-in assets are, so that nobody spells a ":/…" path twice.
#include <QIcon>

namespace Resources {
// The application's icon (the same SVG the desktop entry installs).
QIcon applicationIcon();
// The desktop theme's icon of this freedesktop name, else ours (SVG, in icons/): Qt's own
// standard icons for these stop at 32 pixels, blurred on a screen at twice the scale.
// Pages call it through the shell library, which holds the icons once for the process.
QIcon themedIcon(const QString &name);
} // namespace Resources
