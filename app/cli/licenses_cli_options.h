#pragma once
// The options and command lines of `marketdesk-cli licenses apply`, `orders list|export` and
// `images expiring|export-ics`, as --help shows them, kept apart from what the commands do
// (LicensesCli), as SellerCenterOptions is for the Seller Center's commands.
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace LicensesCliOptions {
// What one command ("orders list") takes: the options of names() it uses and the positional
// argument it needs (empty: none).
struct Command
{
    QStringList options;
    QString operand;
};
// nullopt for a command that is not one of these.
std::optional<Command> command(const QString &name);
// Adds these commands' own options to the CLI's parser.
void describe(QCommandLineParser &parser);
// The command lines, for --help.
QString usage();
// The options only these commands take (the others refuse them).
const QStringList &names();
} // namespace LicensesCliOptions
