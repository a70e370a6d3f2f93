#pragma once
// Runs the real `openssl` command line in tests, to prove that marketdesk's crypto agrees with
// an independent implementation (HMAC, RSA-OAEP, PKCS#8 files).
#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace TestSupport {

struct OpensslRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline OpensslRun openssl(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    OpensslRun run;
    if (!p.waitForStarted(10000)) {
        run.err = "openssl did not start: " + p.errorString().toUtf8();
        return run;
    }
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace TestSupport
