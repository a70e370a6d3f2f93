#pragma once
// The seller domain's logging category (marketdesk.seller). Keys, passphrases, plaintexts and
// signatures never reach it: only what happened and to which file.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSeller)
