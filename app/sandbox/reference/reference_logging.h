#pragma once
// The reference SaaS server's logging category (marketdesk.reference). Access keys, the
// private key, passphrases, client secrets, codes and tokens never reach it: only what was
// asked, of which activity, and the result code.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcReference)
