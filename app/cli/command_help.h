#pragma once

#include <QString>
#include <QStringList>

// `marketdesk-cli COMMAND --help`: the command's lines of the usage and its examples. The
// examples are the manual page's (marketdesk-cli.1, EXAMPLES), built into the program, so that
// the help and the manual never show different ones.
namespace CommandHelp {

// The help for the command that `words` start with ({"members", "disable", "x.csv"}), from the
// usage text (the part of --help before "Options:") and the manual page's source; empty when no
// command of the usage starts with them.
QString forCommand(const QString &usage, const QString &manPage, const QStringList &words);

// The manual page's examples, one entry per command (the lines it goes on over after "\" or
// "|" kept), roff escapes undone.
QStringList examples(const QString &manPage);

} // namespace CommandHelp
