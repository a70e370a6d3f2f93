#pragma once
// The two kinds of answer the sandbox gives: JSON for programs (the console API, the token
// endpoint, the switches) and pages or redirects for a browser (sign-in, sign-out).
#include <QByteArray>
#include <QJsonObject>

struct SandboxReply
{
    int status = 200;
    QJsonObject body;
};

// A browser-facing answer: a page, a redirect or an error page.
struct WebReply
{
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    QByteArray location;
};
