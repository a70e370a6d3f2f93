#include "console/display_check.h"

#include <QByteArray>

bool DisplayCheck::prepareHeadless(int argc, char **argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
        !qEnvironmentVariableIsEmpty("DISPLAY") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_SOCKET"))
        return false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        // Qt's own options (Qt reads them anywhere on the line): the person chose the platform, or
        // the X11 display.
        if (arg == "-platform" || arg == "--platform" || arg == "-display" || arg == "--display")
            return false;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return true;
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return false; // the window system is always there
#endif
}

QString DisplayCheck::noDisplayMessage()
{
    return tr("There is no display to show the window on (neither DISPLAY nor "
              "WAYLAND_DISPLAY is set). Start it from the desktop, or use marketdesk-cli here.");
}
