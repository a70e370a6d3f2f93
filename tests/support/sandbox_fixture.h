#pragma once
// Test support: a real sandbox on a loopback port (in this process, on its own thread, or as
// the marketdesk-sandbox program) and blocking helpers to drive its admin endpoints.
#include "identity/sign_in_flow.h"
#include "net/api_client.h"
#include "org/org_service.h"
#include "sandbox/sandbox_host.h"

#include <QJsonObject>
#include <QProcess>
#include <QUrl>

namespace TestSupport {

// GET or POST JSON against the sandbox, waiting for the answer (tests only). Carries the
// bearer token given to useBearer(), if any.
QJsonObject httpJson(const QUrl &url, const QByteArray &method = "GET",
                     const QJsonObject &body = {}, int *status = nullptr,
                     const QByteArray &idempotencyKey = {});
void useBearer(const QByteArray &token);
// Trust this CA (PEM) for https in httpJson.
void useCa(const QByteArray &pem);

// Plays the browser: GETs `url` and follows redirects (to the loopback listener too), trusting
// `caPem` for https. Returns the last HTTP status; `body` gets the last answer.
int followInBrowser(const QUrl &url, const QByteArray &caPem = {}, QByteArray *body = nullptr);

// Signs in through the real flow (SignInFlow + loopback listener), the sandbox approving as
// `account` without its page. Fills `result`; returns an empty string or what went wrong.
QString signIn(const QUrl &server, const QString &account, SignInResult *result,
               const QByteArray &caPem = {});
// Runs `marketdesk-cli <arguments>` (a login), reads the authorize URL it prints and plays the
// browser on it, as a person would. Returns the exit code; `output` gets what it printed.
int cliLogin(const QStringList &arguments, QByteArray *output = nullptr,
             const QByteArray &caPem = {});

// Sends `request` and waits for its answer; a Timeout error if none comes within `timeoutMs`.
ApiResponse send(ApiClient &client, const ApiRequest &request, int timeoutMs = 20'000);

// An OrgService's configuration for the account `signedIn` at `server`.
OrgServiceConfig serviceConfig(const QUrl &server, const QString &dataDir, const QString &actor,
                               const SignInResult &signedIn);

// Gives `client` an AuthSession holding `signedIn`'s tokens (owned by the client).
AuthSession *attachSession(ApiClient *client, const SignInResult &signedIn);
QJsonObject stats(const QUrl &server);
void setFaults(const QUrl &server, const QJsonObject &faults);

// `ms` scaled by MARKETDESK_TEST_PATIENCE (default 1): sanitizer builds run programs several
// times slower, and a fixed wait for a child program would fail them on time, not on a fault.
int patience(int ms);

// Path of a program built next to the tests (MARKETDESK_BIN/<sub>/<name>).
QString program(const QString &sub, const QString &name);

// Starts marketdesk-sandbox as a separate process; returns its URL, or an invalid URL.
QUrl startSandboxProcess(QProcess &process, const QStringList &arguments);

} // namespace TestSupport
