#include "cli/licenses_cli_options.h"

#include <QCoreApplication>
#include <QMap>

namespace LicensesCliOptions {

// The texts keep LicensesCli's translation context: they are that command set's.
void describe(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("instance"),
         QCoreApplication::translate("LicensesCli",
                                     "licenses apply: the instance of a License product."),
         QStringLiteral("ID")},
        {QStringLiteral("fingerprint"),
         QCoreApplication::translate("LicensesCli", "licenses apply: the device fingerprint, "
                                                    "MAC|disk|board|CPU, upper case."),
         QStringLiteral("F")},
        {QStringLiteral("type"),
         QCoreApplication::translate("LicensesCli",
                                     "orders list|export: only orders of this product type "
                                     "(saas, license or image)."),
         QStringLiteral("TYPE")},
        {QStringLiteral("status"),
         QCoreApplication::translate("LicensesCli",
                                     "orders list|export: only orders whose order or instance "
                                     "has this status (paid, normal, frozen, expired, …)."),
         QStringLiteral("S")},
        {QStringLiteral("days"),
         QCoreApplication::translate("LicensesCli",
                                     "images expiring: subscriptions ending within N days "
                                     "(0 to 3650)."),
         QStringLiteral("N")},
    });
}

const QStringList &names()
{
    static const QStringList list = {QStringLiteral("instance"), QStringLiteral("fingerprint"),
                                     QStringLiteral("type"), QStringLiteral("status"),
                                     QStringLiteral("days")};
    return list;
}

std::optional<Command> command(const QString &name)
{
    static const QMap<QString, Command> table = {
        {QStringLiteral("licenses apply"), {{"instance", "fingerprint"}, {}}},
        {QStringLiteral("orders list"), {{"type", "status"}, {}}},
        {QStringLiteral("orders export"), {{"type", "status"}, "FILE"}},
        {QStringLiteral("images expiring"), {{"days"}, {}}},
        {QStringLiteral("images export-ics"), {{}, "FILE"}},
    };
    const auto it = table.constFind(name);
    return it == table.constEnd() ? std::nullopt : std::optional(*it);
}

QString usage()
{
    return QCoreApplication::translate(
        "LicensesCli",
        "Orders, Licenses and images (an administrator's account; exit codes as for the other "
        "account commands):\n"
        "  licenses apply --instance ID --fingerprint F   apply for a License for a License\n"
        "                                         product's instance and this device\n"
        "  orders list [--type saas|license|image] [--status S]\n"
        "  orders export FILE [--type T] [--status S]   the orders as CSV (UTF-8 with BOM)\n"
        "  images expiring --days N               image subscriptions ending within N days,\n"
        "                                         and those past their end still billing\n"
        "  images export-ics FILE                 the subscriptions' end dates as a calendar");
}

} // namespace LicensesCliOptions
