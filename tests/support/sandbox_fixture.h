#pragma once
// Test support: a real sandbox on a loopback port (in this process, on its own thread, or as
// the marketdesk-sandbox program) and blocking helpers to drive its admin endpoints.
#include "sandbox_host.h"

#include <QJsonObject>
#include <QProcess>
#include <QUrl>

namespace TestSupport {

// GET or POST JSON against the sandbox, waiting for the answer (tests only).
QJsonObject httpJson(const QUrl &url, const QByteArray &method = "GET",
                     const QJsonObject &body = {}, int *status = nullptr,
                     const QByteArray &idempotencyKey = {});
QJsonObject stats(const QUrl &server);
void setFaults(const QUrl &server, const QJsonObject &faults);

// Path of a program built next to the tests (MARKETDESK_BIN/<sub>/<name>).
QString program(const QString &sub, const QString &name);

// Starts marketdesk-sandbox as a separate process; returns its URL, or an invalid URL.
QUrl startSandboxProcess(QProcess &process, const QStringList &arguments);

} // namespace TestSupport
