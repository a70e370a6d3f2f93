#include "cli/cli_output.h"

#include <cstdio>

namespace CliOutput {

void out(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("marketdesk-cli: ") + text + u'\n'), stderr);
    std::fflush(stderr);
}

} // namespace CliOutput
