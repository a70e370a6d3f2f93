#pragma once
// What the CLI prints: results to stdout, problems to stderr with the program's name.
#include <QByteArray>
#include <QString>

namespace CliOutput {
// `text` with terminal control characters (C0 but line feed and tab, DEL, C1) and bidirectional
// overrides replaced by U+FFFD. out() and err() print only this.
QString printable(const QString &text);
void out(const QString &text);
void err(const QString &text);
// Asks on the terminal without echoing what is typed (a passphrase); false at end of input.
// The line comes back without surrounding whitespace. Only when stdin is a terminal.
bool askHidden(const QString &prompt, QByteArray *line);
} // namespace CliOutput
