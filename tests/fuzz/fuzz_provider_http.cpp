// What a seller's OAuth client sends to the debugger's login provider: one HTTP request over
// a socket, then its form body.
#include "fuzz/fuzz_support.h"
#include "seller/debugger/provider_http.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray buffer = Fuzz::bytes(data, size);
    ProviderRequest request;
    qsizetype consumed = -1;
    int status = 0;
    QString error;
    switch (ProviderHttp::parse(buffer, &request, &consumed, &status, &error)) {
    case ProviderHttp::Parse::Done:
        FUZZ_REQUIRE(consumed > 0 && consumed <= buffer.size(), "a request uses what it read");
        FUZZ_REQUIRE(request.body.size() <= ProviderHttp::kMaxBodyBytes, "the body is bounded");
        ProviderHttp::form(request.body);
        break;
    case ProviderHttp::Parse::Bad:
        FUZZ_REQUIRE(!error.isEmpty(), "a bad request says why");
        FUZZ_REQUIRE(status >= 400 && status < 600, "a bad request is answered with an error");
        break;
    case ProviderHttp::Parse::Incomplete:
        FUZZ_REQUIRE(buffer.size() <= ProviderHttp::kMaxHeaderBytes + ProviderHttp::kMaxBodyBytes,
                     "no request waits for more than it may hold");
        break;
    }
    ProviderHttp::form(buffer);
    return 0;
}
