#include "common/logging.h"

Q_LOGGING_CATEGORY(lcNet, "marketdesk.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "marketdesk.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "marketdesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "marketdesk.outbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "marketdesk.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "marketdesk.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "marketdesk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "marketdesk.secrets", QtInfoMsg)
