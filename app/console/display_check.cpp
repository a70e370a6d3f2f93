#include "console/display_check.h"

#include "console/console_text.h"

#include <QCommandLineParser>
#include <QStringList>

namespace {

bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true; // the window system is always there
#endif
}

} // namespace

DisplayCheck::Outcome DisplayCheck::prepare(int argc, char **argv)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return Outcome::AsIs;
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args << QString::fromLocal8Bit(argv[i]);
        if (args.last() == u"-platform" || args.last() == u"--platform")
            return Outcome::AsIs; // Qt's own option: the person chose
    }
    QCommandLineParser parser;
    ConsoleText::addOptions(&parser);
    const bool parsed = parser.parse(args);
    const bool printsOnly = !parsed || parser.isSet(QStringLiteral("help")) ||
                            parser.isSet(QStringLiteral("help-all")) ||
                            parser.isSet(QStringLiteral("version"));
    Outcome outcome = Outcome::AsIs;
    if (printsOnly)
        outcome = Outcome::Offscreen;
    else if (!hasDisplay())
        outcome =
            parser.isSet(QStringLiteral("screenshot")) ? Outcome::Offscreen : Outcome::NoDisplay;
    if (outcome != Outcome::AsIs)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return outcome;
}

QString DisplayCheck::noDisplayMessage()
{
    return tr("There is no display to show the window on (neither DISPLAY nor "
              "WAYLAND_DISPLAY is set). Start it from the desktop, or use marketdesk-cli here.");
}
