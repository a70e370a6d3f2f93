#pragma once
// The credential form a seller gives `seller credentials apply|edit --from FILE.json`: one JSON
// object with the form's fields (or what `credentials show --json` printed). Whatever is wrong
// — the file, its JSON, a field missing, unknown or of the wrong type — is said with the file
// and the field, and no form comes back.
#include "seller/client/seller_records.h"

#include <QCoreApplication>

#include <optional>

class SellerFormFile
{
    Q_DECLARE_TR_FUNCTIONS(SellerFormFile)

public:
    static std::optional<CredentialForm> read(const QString &path, bool forEdit, QString *error);
};
