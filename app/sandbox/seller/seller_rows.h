#pragma once
// How the Seller Center's records sit in their tables' columns: the column lists that the
// store and the listings select, and each record read back from a row from column `first`
// on, so that SellerStore and SellerReader read rows one way.
#include "sandbox/seller/seller_records.h"

class QSqlQuery;

namespace SellerRows {

QString keyColumns();
SellerKey keyFromRow(const QSqlQuery &q, int first);
QString addressColumns();
SellerAddress addressFromRow(const QSqlQuery &q, int first);
QString runColumns();
DebugRunRecord runFromRow(const QSqlQuery &q, int first);
QString credentialColumns();
SellerCredential credentialFromRow(const QSqlQuery &q, int first);

} // namespace SellerRows
