#pragma once
// Who an audit entry says acted: the signed-in identity (userName@tenant), which nothing typed
// on a command line can replace, with the operating-system user and host beside it and an
// optional note (the CLI's --actor). The identity comes first, so that a filter by
// "userName@tenant" finds every entry of that sign-in.
#include <QString>

namespace Actor {

// "zhang.min@huadong-tech (alice on ws-042)", then " — note" when a note is given.
QString forJournal(const QString &userName, const QString &tenant, const QString &note = {});

} // namespace Actor
