#include "licenses/client/licenses_client_logging.h"

Q_LOGGING_CATEGORY(lcLicensesClient, "marketdesk.licenses.client")
