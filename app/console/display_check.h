#pragma once
// Decides, before QApplication exists, whether this start needs a display at all. A command
// line that only prints (--help, --version, a bad option) is answered on Qt's offscreen
// platform, so it works over ssh and in scripts; a start that would show a window where there is
// no display is told so in words, instead of Qt's abort; a picture (--screenshot) is made
// offscreen there. An explicit platform (-platform, QT_QPA_PLATFORM) is left as it is.
#include <QCoreApplication>
#include <QString>

class DisplayCheck
{
    Q_DECLARE_TR_FUNCTIONS(DisplayCheck)

public:
    enum class Outcome
    {
        AsIs,      // the platform Qt would choose anyway
        Offscreen, // nothing to show: the offscreen platform is set
        NoDisplay, // a window was asked for and there is nowhere to show it
    };

    // Reads argv and the environment; sets QT_QPA_PLATFORM=offscreen unless the outcome is AsIs.
    static Outcome prepare(int argc, char **argv);
    // What to say for NoDisplay, in the installed language.
    static QString noDisplayMessage();
};
