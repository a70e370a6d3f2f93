#pragma once
// What the CLI prints: results to stdout, problems to stderr with the program's name.
#include <QString>

namespace CliOutput {
// `text` with terminal control characters (C0 but line feed and tab, DEL, C1) and bidirectional
// overrides replaced by U+FFFD. out() and err() print only this.
QString printable(const QString &text);
void out(const QString &text);
void err(const QString &text);
} // namespace CliOutput
