#pragma once
// Writes the pipeline's answer to the socket: JSON with the request id echoed, after the
// configured latency and spoiled as the answer's fault says (dropped, truncated, malformed);
// pages for a browser at once. Counts the request out of `inFlight` when it is written.
#include "sandbox/http/sandbox_answer.h"
#include "sandbox/tenant/sandbox_stats.h"

class QTcpSocket;

class ResponseWriter
{
public:
    ResponseWriter(FaultInjector &faults, SandboxStats &stats);
    void write(QTcpSocket *socket, const SandboxAnswer &answer, const QByteArray &requestId);

private:
    void writeJson(QTcpSocket *socket, const SandboxAnswer &answer, const QByteArray &requestId);
    void writePage(QTcpSocket *socket, const WebReply &reply);

    FaultInjector &m_faults;
    SandboxStats &m_stats;
};
