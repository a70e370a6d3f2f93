#include "sandbox/reference/reference_logging.h"

Q_LOGGING_CATEGORY(lcReference, "marketdesk.reference", QtInfoMsg)
