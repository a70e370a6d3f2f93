#pragma once
// What the pipeline hands back for one request: the reply (or a page for a browser), headers
// of its own, and the fault that spoils it on the way out. Faults spoil only what a request
// was processed into, so the stages that refuse a request leave `fault` at None.
#include "sandbox/fault_injector.h"
#include "sandbox/http/sandbox_reply.h"

#include <QList>
#include <QPair>

#include <optional>

struct SandboxAnswer
{
    SandboxReply reply;
    QList<QPair<QByteArray, QByteArray>> headers;
    FaultInjector::Fault fault = FaultInjector::Fault::None;
    std::optional<WebReply> page; // written instead of `reply` when set

    static SandboxAnswer of(SandboxReply reply,
                            FaultInjector::Fault fault = FaultInjector::Fault::None)
    {
        SandboxAnswer answer;
        answer.reply = std::move(reply);
        answer.fault = fault;
        return answer;
    }
};
