#include "cli/command_help.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace CommandHelp {

namespace {

QString unRoff(QString line)
{
    return line.replace(QStringLiteral("\\-"), QStringLiteral("-"))
        .replace(QStringLiteral("\\(aq"), QStringLiteral("'"))
        .replace(QStringLiteral("\\e"), QStringLiteral("\\"));
}

// A usage synopsis's command words, alternatives split: "members enable|disable --from-csv F"
// gives {{"members"}, {"enable", "disable"}}.
QList<QStringList> commandWords(const QString &synopsis)
{
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9-]*(\\|[a-z][a-z0-9-]*)*$"));
    QList<QStringList> out;
    for (const QString &w : synopsis.split(u' ', Qt::SkipEmptyParts)) {
        if (!word.match(w).hasMatch())
            break;
        out.append(w.split(u'|'));
    }
    return out;
}

bool startsWith(const QList<QStringList> &command, const QStringList &words)
{
    if (words.size() > command.size())
        return false;
    for (qsizetype i = 0; i < words.size(); ++i)
        if (!command.at(i).contains(words.at(i)))
            return false;
    return true;
}

// The usage's entries (a synopsis line and the lines under it) of the commands `words` start.
QStringList usageOf(const QString &usage, const QStringList &words)
{
    QStringList found;
    bool inEntry = false;
    for (const QString &line : usage.split(u'\n')) {
        const bool entry =
            line.startsWith(QStringLiteral("  ")) && line.size() > 2 && line.at(2).isLower();
        if (entry)
            inEntry =
                startsWith(commandWords(line.mid(2).section(QStringLiteral("  "), 0, 0)), words);
        else if (!line.startsWith(QStringLiteral("   ")) && !line.startsWith(QStringLiteral("  (")))
            inEntry = false; // a heading or a blank line ends an entry; a "(note)" belongs to it
        if (inEntry)
            found << line;
    }
    return found;
}

} // namespace

QStringList examples(const QString &manPage)
{
    QStringList out;
    bool inExamples = false, inBlock = false;
    QString current;
    for (const QString &raw : manPage.split(u'\n')) {
        if (raw.startsWith(QStringLiteral(".SH ")))
            inExamples = raw == u".SH EXAMPLES";
        if (!inExamples)
            continue;
        if (raw == u".nf") {
            inBlock = true;
            continue;
        }
        if (raw == u".fi") {
            inBlock = false;
            continue;
        }
        if (!inBlock)
            continue;
        const QString line = unRoff(raw);
        current += current.isEmpty() ? line : QStringLiteral("\n") + line;
        // A command goes on after "\" and after a pipe's "|".
        if (!line.endsWith(u'\\') && !line.endsWith(u'|')) {
            out << current;
            current.clear();
        }
    }
    return out;
}

QString forCommand(const QString &usage, const QString &manPage, const QStringList &words)
{
    // The longest start of the words that names a command: the rest are its arguments. Words
    // are dropped only after a whole command ("seller sign body.json"), never inside a group
    // ("seller frob" is no command, though "seller" starts several).
    QStringList command = words;
    QStringList entries;
    auto complete = [&usage](const QStringList &start) {
        for (const QString &line : usage.split(u'\n'))
            if (line.startsWith(QStringLiteral("  ")) && line.size() > 2 && line.at(2).isLower()) {
                const QList<QStringList> c =
                    commandWords(line.mid(2).section(QStringLiteral("  "), 0, 0));
                if (c.size() == start.size() && startsWith(c, start))
                    return true;
            }
        return false;
    };
    while (!command.isEmpty()) {
        entries = usageOf(usage, command);
        if (!entries.isEmpty() && (command.size() == words.size() || complete(command)))
            break;
        entries.clear();
        command.removeLast();
    }
    if (entries.isEmpty())
        return {};
    QStringList shown;
    const QString prefix = QStringLiteral("marketdesk-cli ") + command.join(u' ');
    auto runs = [&prefix](const QString &example) {
        // On any of its lines: "printf … |" may come first.
        for (const QString &line : example.split(u'\n')) {
            const QString l = line.trimmed();
            if (l == prefix || l.startsWith(prefix + u' '))
                return true;
        }
        return false;
    };
    for (const QString &example : examples(manPage))
        if (runs(example))
            shown << QStringLiteral("  ") + QString(example).replace(u'\n', QStringLiteral("\n  "));
    QString text =
        QCoreApplication::translate("CliApp", "Usage:") + u'\n' + entries.join(u'\n') + u'\n';
    if (!shown.isEmpty())
        text += u'\n' + QCoreApplication::translate("CliApp", "Examples:") + u'\n' +
                shown.join(u'\n') + u'\n';
    return text;
}

} // namespace CommandHelp
