#pragma once
// The options and command lines of `marketdesk-cli seller keys|addresses|credentials`, as
// --help shows them, kept apart from what the commands do (SellerCenterCli), as SellerOptions
// is for the seller's offline tools.
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace SellerCenterOptions {
// Adds the Seller Center commands' own options to the CLI's parser.
void describe(QCommandLineParser &parser);
// The command lines, for --help.
QString usage();
// The options only these commands take (the others refuse them).
const QStringList &names();
} // namespace SellerCenterOptions
