#include "seller/client/rotation/key_rotation_logging.h"

Q_LOGGING_CATEGORY(lcKeyRotation, "marketdesk.seller.rotation")
