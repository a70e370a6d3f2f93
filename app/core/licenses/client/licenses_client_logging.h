#pragma once
// The licenses client's logging category (marketdesk.licenses.client): which change went out
// and how it ended, never a token, a License's characters or a record's content.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLicensesClient)
