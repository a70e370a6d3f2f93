#pragma once
// Where the compiled-in assets are, so that nobody spells a ":/…" path twice.
#include <QIcon>

namespace Resources {
// The application's icon (the same SVG the desktop entry installs).
QIcon applicationIcon();
} // namespace Resources
