#pragma once
// The options and command lines of `marketdesk-cli seller keys|addresses|credentials`, as
// --help shows them, kept apart from what the commands do (SellerCenterCli), as SellerOptions
// is for the seller's offline tools.
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace SellerCenterOptions {
// What one command ("keys create") takes: the options of names() (and "from") it uses, and the
// positional argument it needs (empty: none).
struct Command
{
    QStringList options;
    QString operand;
};
// nullopt for a command that does not exist.
std::optional<Command> command(const QString &name);
// Adds the Seller Center commands' own options to the CLI's parser.
void describe(QCommandLineParser &parser);
// The command lines, for --help.
QString usage();
// The options only these commands take (the others refuse them).
const QStringList &names();
} // namespace SellerCenterOptions
