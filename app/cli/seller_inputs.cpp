#include "cli/seller_inputs.h"

#include "cli/cli_output.h"

#include <QFile>

#include <algorithm>
#include <unistd.h>

using CliOutput::err;

int SellerInputs::refuse(const QString &message)
{
    err(message);
    return 2;
}

std::optional<QByteArray> SellerInputs::readFile(const QString &option, const QString &path,
                                                 qint64 limit)
{
    QFile f;
    const bool opened = path == u"-" ? f.open(stdin, QIODevice::ReadOnly)
                                     : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!opened) {
        refuse(tr("%1: cannot read %2: %3").arg(option, path, f.errorString()));
        return std::nullopt;
    }
    QByteArray data = f.read(limit + 1);
    if (data.size() > limit) {
        refuse(tr("%1: %2 is larger than %3 bytes").arg(option, path).arg(limit));
        return std::nullopt;
    }
    return data;
}

std::optional<QByteArray> SellerInputs::accessKey(const QCommandLineParser &p,
                                                  const QString &option)
{
    const QString path = p.value(option);
    const QString name = QStringLiteral("--") + option;
    auto data = readFile(name, path, 4096);
    if (!data)
        return std::nullopt;
    QByteArray key = *data;
    data->fill('\0');
    if (key.endsWith('\n'))
        key.chop(key.endsWith("\r\n") ? 2 : 1);
    // Refusals say what is wrong with the file, never what is in it.
    QString problem;
    if (key.isEmpty())
        problem = tr("%1: %2 is empty; it holds the accessKey").arg(name, path);
    else if (key.contains('\n') || key.contains('\r'))
        problem = tr("%1: %2 has more than one line; it holds the accessKey alone").arg(name, path);
    else if (std::any_of(key.begin(), key.end(),
                         [](char c) { return uchar(c) < 0x20 || c == 0x7f; }))
        problem = tr("%1: %2 holds control characters").arg(name, path);
    else if (key.front() == ' ' || key.back() == ' ')
        problem = tr("%1: %2 starts or ends with a space, which would become part of the key")
                      .arg(name, path);
    if (!problem.isEmpty()) {
        key.fill('\0');
        refuse(problem);
        return std::nullopt;
    }
    return key;
}

std::optional<QByteArray> SellerInputs::passphrase(const QCommandLineParser &p, bool newKey)
{
    if (p.isSet(QStringLiteral("passphrase-file"))) {
        const QString path = p.value(QStringLiteral("passphrase-file"));
        auto data = readFile(QStringLiteral("--passphrase-file"), path, 4096);
        if (!data)
            return std::nullopt;
        const QByteArray first = data->split('\n').value(0).trimmed();
        data->fill('\0');
        if (first.isEmpty()) {
            refuse(tr("--passphrase-file: %1 is empty").arg(path));
            return std::nullopt;
        }
        return first;
    }
    if (!isatty(STDIN_FILENO)) {
        refuse(newKey ? tr("the private key is encrypted with a passphrase: pass "
                           "--passphrase-file FILE")
                      : tr("the private key is encrypted: pass --passphrase-file FILE"));
        return std::nullopt;
    }
    QByteArray first, second;
    if (!CliOutput::askHidden(tr("Passphrase for the private key: "), &first) || first.isEmpty()) {
        refuse(tr("no passphrase was given"));
        return std::nullopt;
    }
    if (newKey &&
        (!CliOutput::askHidden(tr("The same passphrase again: "), &second) || second != first)) {
        refuse(tr("the two passphrases differ"));
        return std::nullopt;
    }
    return first;
}
