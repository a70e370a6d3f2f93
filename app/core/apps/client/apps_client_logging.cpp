#include "apps/client/apps_client_logging.h"

Q_LOGGING_CATEGORY(lcAppsClient, "marketdesk.apps.client")
