// A request to the sign-in's loopback address (anyone on this computer can send one), and the
// judgement of a callback that carries the sign-in's state.
#include "fuzz/fuzz_support.h"
#include "identity/callback_request.h"
#include "identity/sign_in_flow.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray head = Fuzz::bytes(data, size);
    const QByteArray state = QByteArrayLiteral("Zm9vYmFyc3RhdGU");
    const CallbackRequest request = CallbackRequest::read(head, state);
    if (request.kind == CallbackRequest::Kind::Callback ||
        request.kind == CallbackRequest::Kind::Malformed) {
        // The request target's first state= value is the expected state.
        const QByteArray target = head.left(head.indexOf("\r\n")).split(' ').value(1);
        QByteArray stated;
        for (const QByteArray &pair : target.mid(target.indexOf('?') + 1).split('&'))
            if (pair.startsWith("state=")) {
                stated = QByteArray::fromPercentEncoding(pair.mid(6));
                break;
            }
        FUZZ_REQUIRE(target.contains('?') && stated == state,
                     "only a request carrying the state is this sign-in's");
    }
    if (request.kind == CallbackRequest::Kind::Malformed)
        FUZZ_REQUIRE(!request.problem.isEmpty(), "a malformed callback says why");
    FUZZ_REQUIRE(CallbackRequest::read(head, QByteArray()).kind != CallbackRequest::Kind::Callback,
                 "without an expected state no request is a callback");
    if (request.kind == CallbackRequest::Kind::Callback) {
        OAuthEndpoints endpoints;
        SignInFlow::judge(request.query, endpoints);
        endpoints.issuer = QStringLiteral("https://console.example.com");
        endpoints.issInCallback = true;
        const QString problem = SignInFlow::judge(request.query, endpoints);
        if (problem.isEmpty())
            FUZZ_REQUIRE(request.query.hasQueryItem(QStringLiteral("iss")),
                         "a callback the provider promised an iss for is refused without it");
    }
    return 0;
}
