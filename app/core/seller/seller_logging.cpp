#include "seller/seller_logging.h"

Q_LOGGING_CATEGORY(lcSeller, "marketdesk.seller", QtInfoMsg)
