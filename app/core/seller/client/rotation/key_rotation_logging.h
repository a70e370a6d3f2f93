#pragma once
// The key rotation's logging category (marketdesk.seller.rotation): which step a rotation of
// which address reached and why one stopped; never a secret.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcKeyRotation)
