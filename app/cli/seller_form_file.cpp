#include "cli/seller_form_file.h"

#include "seller/client/seller_record_json.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

std::optional<CredentialForm> SellerFormFile::read(const QString &path, bool forEdit,
                                                   QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("--from: cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QJsonParseError e;
    // A form is a few kilobytes; a megabyte is plenty and bounds what is read.
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1024 * 1024), &e);
    if (e.error != QJsonParseError::NoError) {
        *error = tr("--from: %1 is not JSON: %2 at byte %3")
                     .arg(path, e.errorString(), QString::number(e.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("--from: %1 must hold one JSON object (the form)").arg(path);
        return std::nullopt;
    }
    QString why;
    const auto form = SellerRecordJson::formFromJson(doc.object(), forEdit, &why);
    if (!form)
        *error = tr("--from: %1: %2").arg(path, why);
    return form;
}
