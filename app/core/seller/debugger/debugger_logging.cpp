#include "seller/debugger/debugger_logging.h"

Q_LOGGING_CATEGORY(lcDebugger, "marketdesk.seller.debugger", QtInfoMsg)
