#pragma once
// The CLI's commands and options as --help shows them, kept apart from what they do.
#include <QCommandLineParser>

namespace CliOptions {
void describe(QCommandLineParser &parser);
} // namespace CliOptions
