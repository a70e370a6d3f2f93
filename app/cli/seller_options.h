#pragma once
// The seller commands' options and command lines as --help shows them, kept apart from what
// they do (SellerTools), as CliOptions is for the other commands.
#include <QCommandLineParser>
#include <QString>

namespace SellerOptions {
// Adds the options of `marketdesk-cli seller …` to the CLI's parser.
void describe(QCommandLineParser &parser);
// The seller command lines, for --help.
QString usage();
} // namespace SellerOptions
