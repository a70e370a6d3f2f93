#pragma once
// The marketplace's way in: the production address (basic interfaces) and the Kit interfaces
// under it, in the generation the server is set to. V2: POST JSON, signature/timestamp/nonce
// in the query, x-sign/x-timestamp/x-nonce headers for Kit (protocol reference §3.4, §3.5).
// V1: basic calls as GET with every parameter and authToken in the query, Kit calls with an
// authToken header, and every answer carrying Body-Sign (§3.1, §3.2). Checks the call
// (RequestCheck), lets BasicActivities or KitActivities answer it, counts it, and writes the
// answer as the faults say (codes outside the table, a wrong Body-Sign, late).
#include "sandbox/reference/http_answer.h"
#include "sandbox/reference/protocol_answer.h"

#include <QString>

class QHttpServerRequest;
class QTcpSocket;
struct ReferenceState;

class ProtocolEndpoints
{
public:
    explicit ProtocolEndpoints(ReferenceState &state);

    // The production address itself, or <it>/produceAPI/v2/<name> (V1: /produceAPI/<name>).
    bool handles(const QString &path) const;
    void answer(const QHttpServerRequest &request, QTcpSocket *socket);

private:
    ProtocolAnswer basicV2(const QHttpServerRequest &request, QString *activity);
    ProtocolAnswer basicV1(const QHttpServerRequest &request, QString *activity,
                           QByteArray *timeStamp);
    ProtocolAnswer kitV2(const QString &name, const QHttpServerRequest &request);
    ProtocolAnswer kitV1(const QString &name, const QHttpServerRequest &request,
                         QByteArray *timeStamp);
    // The Kit interface `path` names, or empty when it is the production address itself.
    QString kitName(const QString &path) const;
    // The bytes sent: the code as the faults answer it, V1's Body-Sign with `signKey`.
    HttpAnswer finish(const ProtocolAnswer &answer, int status, QByteArrayView signKey,
                      QByteArrayView timeStamp) const;

    ReferenceState &m_state;
};
