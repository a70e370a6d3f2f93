#pragma once
// The integration debugger's logging category (marketdesk.seller.debugger): which run started
// against which address, which scenario ended how. Keys, signatures, client secrets and
// passwords never reach it.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDebugger)
