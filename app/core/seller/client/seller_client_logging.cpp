#include "seller/client/seller_client_logging.h"

Q_LOGGING_CATEGORY(lcSellerClient, "marketdesk.seller.client")
