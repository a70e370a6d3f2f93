#include "cli/cli_output.h"

#include <algorithm>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace CliOutput {

QString printable(const QString &text)
{
    // Text from servers and files must not drive the terminal: escape sequences could retitle
    // the window, rewrite earlier lines or hide what follows; bidirectional overrides could
    // reorder what is read. Line breaks and tabs stay.
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (control || bidi)
            c = QChar(0xfffd);
    }
    return out;
}

void out(const QString &text)
{
    std::fputs(qPrintable(printable(text) + u'\n'), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("marketdesk-cli: ") + printable(text) + u'\n'), stderr);
    std::fflush(stderr);
}

bool askHidden(const QString &prompt, QByteArray *line)
{
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char buffer[1024] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputc('\n', stderr);
    *line = QByteArray(buffer).trimmed();
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    return got;
}

} // namespace CliOutput
