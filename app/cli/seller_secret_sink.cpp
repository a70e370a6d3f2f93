#include "cli/seller_secret_sink.h"

#include "cli/cli_output.h"
#include "common/secure_compare.h"
#include "seller/private_key_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

using CliOutput::err;
using CliOutput::out;

namespace {
const QString kFile = QStringLiteral("file:");
const QString kPrint = QStringLiteral("print");
} // namespace

QString SellerSecretSink::check(const QString &secretOut, bool print)
{
    if (print && !secretOut.isEmpty())
        return tr("--secret-out and --print-secret: choose one");
    if (print)
        return {};
    if (secretOut.isEmpty())
        return tr("the secret is shown once: name a new file for it with --secret-out FILE (or "
                  "pass --print-secret to see it on the terminal)");
    const QFileInfo info(secretOut);
    if (info.exists() || info.isSymLink())
        return tr("--secret-out: %1 exists already; a secret is never written over a file")
            .arg(secretOut);
    if (!info.absoluteDir().exists())
        return tr("--secret-out: the folder %1 does not exist").arg(info.absolutePath());
    return {};
}

QString SellerSecretSink::noteFor(const QString &secretOut, bool print)
{
    return print ? kPrint : kFile + QFileInfo(secretOut).absoluteFilePath();
}

QString SellerSecretSink::describe(const SellerSecret &s)
{
    switch (s.kind) {
    case SellerSecret::Kind::KeySecret:
        return tr("the secret of key %1").arg(s.id);
    case SellerSecret::Kind::AppSecret:
        return tr("the app secret of credential %1").arg(s.id);
    case SellerSecret::Kind::TestAccountPassword:
        return tr("the password of the test account %1 of credential %2")
            .arg(s.account ? s.account->account : QString(), s.id);
    }
    return {};
}

bool SellerSecretSink::deliver(const SellerSecret &s)
{
    const QString what = describe(s);
    const QString recovered =
        s.recovered ? tr(" (answered now to a change sent before an interruption)") : QString();
    if (s.note == kPrint) {
        // Asked for on a terminal by an earlier command; this command's output may be a file
        // or a pipe (`seller keys list --json > keys.json`), where a secret must not land.
        if (s.recovered && !isatty(STDOUT_FILENO)) {
            QFile tty(QStringLiteral("/dev/tty"));
            if (tty.open(QIODevice::WriteOnly)) {
                tty.write(tr("%1%2:").arg(what, recovered).toUtf8() + '\n' + s.value + '\n');
                return true;
            }
            err(tr("%1 arrived%2 to be printed, but this command's output is not a terminal; it "
                   "was not printed. It cannot be shown again: create a new one.")
                    .arg(what, recovered));
            return false;
        }
        out(tr("%1%2:").arg(what, recovered));
        out(QString::fromUtf8(s.value));
        return true;
    }
    if (!s.note.startsWith(kFile)) {
        err(tr("%1 arrived%2, but nobody said where to keep it; it was not written anywhere. "
               "It cannot be shown again: create a new one.")
                .arg(what, recovered));
        return false;
    }
    const QString path = s.note.mid(kFile.size());
    // One line, as `seller sign --key-file` reads a key.
    const QByteArray bytes = s.value + '\n';
    if (QFile::exists(path)) {
        // A replay after a crash that came after the file was written: the same secret again.
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && SecureCompare::equal(f.read(bytes.size() + 1), bytes)) {
            out(tr("%1 is in %2 (written before the interruption).").arg(what, path));
            return true;
        }
        err(tr("%1 arrived%2, but %3 exists now and is not overwritten; the secret was not "
               "written. It cannot be shown again: create a new one.")
                .arg(what, recovered, path));
        return false;
    }
    if (const auto written = PrivateKeyFile::writeNew(path, bytes); !written) {
        err(tr("%1 could not be written to %2: %3. It cannot be shown again: create a new one.")
                .arg(what, path, written.error()));
        return false;
    }
    out(tr("%1 was written to %2 (0600); it is shown this once.").arg(what + recovered, path));
    return true;
}
