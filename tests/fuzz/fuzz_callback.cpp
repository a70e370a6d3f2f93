// A request to the sign-in's loopback address (anyone on this computer can send one), and the
// judgement of a callback that carries the sign-in's state.
#include "fuzz_support.h"
#include "identity/callback_request.h"
#include "identity/sign_in_flow.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray head = Fuzz::bytes(data, size);
    const QByteArray state = QByteArrayLiteral("Zm9vYmFyc3RhdGU");
    const CallbackRequest request = CallbackRequest::read(head, state);
    if (request.kind == CallbackRequest::Kind::Callback ||
        request.kind == CallbackRequest::Kind::Malformed)
        FUZZ_REQUIRE(head.contains("state=") || head.contains("stat%65"),
                     "only a request naming the state is this sign-in's");
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
