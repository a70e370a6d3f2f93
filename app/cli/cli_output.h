#pragma once
// What the CLI prints: results to stdout, problems to stderr with the program's name.
#include <QString>

namespace CliOutput {
void out(const QString &text);
void err(const QString &text);
} // namespace CliOutput
