#include "resources/status_colours.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace StatusColours {

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &a, const QColor &b, double towardsB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardsB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * towardsB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * towardsB));
}

// The hue of each meaning, for a light and for a dark background (Material's 800 and 200).
QColor hue(Kind kind, bool dark)
{
    switch (kind) {
    case Kind::Error:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case Kind::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x9a, 0x4b, 0x00);
    case Kind::Success:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32);
    case Kind::Muted:
        break;
    }
    return {};
}

// Moves `colour` towards black (a light theme) or white (a dark one) until it reads on both
// backgrounds: a theme's own Base may be lighter or darker than the hues above assume, and its
// own text may be fainter than 4.5:1 (Solarized's is 4.4:1 on its window).
QColor readable(QColor colour, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor ink = isDark(palette) ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 0; step < 10; ++step) {
        if (contrast(colour, base) >= 4.5 && contrast(colour, window) >= 4.5)
            return colour;
        colour = mix(colour, ink, 0.25);
    }
    return ink;
}

} // namespace

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Active, QPalette::Window)) < 0.18;
}

QColor text(Kind kind, const QPalette &palette)
{
    if (kind == Kind::Muted) {
        // Halfway between text and background: quieter than text, unlike the style's disabled
        // grey, which is often too faint to read (1.9:1 in Fusion's light palette).
        return readable(mix(palette.color(QPalette::Active, QPalette::Text),
                            palette.color(QPalette::Active, QPalette::Base), 0.45),
                        palette);
    }
    return readable(hue(kind, isDark(palette)), palette);
}

QColor tint(Kind kind, const QPalette &palette, double strength)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor h =
        kind == Kind::Muted ? palette.color(QPalette::Active, QPalette::Text) : hue(kind, false);
    const QColor ink = palette.color(QPalette::Active, QPalette::Text);
    // Opaque, so that the text's contrast over it can be known; paler until the text reads
    // over it (a theme whose own text is only just readable on its base gets a faint tint).
    double amount = (isDark(palette) ? 0.35 : 0.22) * std::clamp(strength, 0.0, 1.0);
    QColor tinted = mix(base, h, amount);
    while (contrast(ink, tinted) < 4.5 && amount > 0.04) {
        amount *= 0.75;
        tinted = mix(base, h, amount);
    }
    return tinted;
}

QColor bannerBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x4e, 0x34, 0x2e) : QColor(0xff, 0xf4, 0xe5);
}

QColor bannerText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xe0, 0xb2) : QColor(0x3e, 0x27, 0x23);
}

QPalette withText(QPalette palette, Kind kind)
{
    const QColor colour = text(kind, palette);
    palette.setColor(QPalette::WindowText, colour);
    palette.setColor(QPalette::Text, colour);
    return palette;
}

QPalette applicationPalette()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QGuiApplication::palette();
    // Without a GUI, QPalette() is a dark window with white text: give the light one instead.
    QPalette light;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        light.setColor(g, QPalette::Window, QColor(0xef, 0xef, 0xef));
        light.setColor(g, QPalette::Base, Qt::white);
        light.setColor(g, QPalette::Text, Qt::black);
        light.setColor(g, QPalette::WindowText, Qt::black);
    }
    return light;
}

double contrast(const QColor &a, const QColor &b)
{
    double la = luminance(a);
    double lb = luminance(b);
    if (la < lb)
        std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

} // namespace StatusColours
