#pragma once
// Whether this start has a display to show a window on, decided before QApplication exists.
// Without one (a terminal over ssh, a script), Qt's default platform would abort; the program
// runs on Qt's offscreen platform instead, so that what only prints (--help, --version, a bad
// option) and what needs no screen (--screenshot) still work, and a start that wants the
// window is told in words that there is no display. An explicit platform (-platform,
// QT_QPA_PLATFORM) or X11 display (-display) is left to Qt.
#include <QCoreApplication>
#include <QString>

class DisplayCheck
{
    Q_DECLARE_TR_FUNCTIONS(DisplayCheck)

public:
    // Reads argv and the environment; when there is no display, sets QT_QPA_PLATFORM=offscreen
    // and returns true. Call it before any other thread reads the environment. (The choice
    // stays in the environment: such a run only prints or makes a picture, and starts no
    // other program.)
    static bool prepareHeadless(int argc, char **argv);
    // What to say when the window was asked for and there is no display, in the installed
    // language.
    static QString noDisplayMessage();
};
