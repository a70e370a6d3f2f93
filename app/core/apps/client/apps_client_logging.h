#pragma once
// The apps client's logging category (marketdesk.apps.client).
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAppsClient)
