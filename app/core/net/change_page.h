#pragma once
// One page of a listing by change token (docs/api.md, "Listing and incremental sync"): the
// records still as JSON (each domain's mapping reads its own kind), the keys deleted, and where
// the listing goes on. Read whole or refused naming the field, like the records in it.
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

struct ChangePage
{
    QList<QJsonValue> items;
    QStringList deleted;
    QString nextCursor; // empty on the last page
    QString changeToken;

    // On failure nullopt, and *error names the field ("items: expected an array").
    static std::optional<ChangePage> fromJson(const QJsonObject &json, QString *error);
};
