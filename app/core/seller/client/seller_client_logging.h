#pragma once
// The seller client's logging category (marketdesk.seller.client): which change went out and
// how it ended, never a secret, a token or a record's content.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSellerClient)
