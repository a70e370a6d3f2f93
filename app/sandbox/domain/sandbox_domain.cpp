#include "sandbox/domain/sandbox_domain.h"

SandboxDomain *domainFor(const std::vector<std::unique_ptr<SandboxDomain>> &domains,
                         const QStringList &segments)
{
    for (const auto &domain : domains) {
        const QStringList prefix = domain->prefix();
        if (segments.size() < prefix.size() || segments.mid(0, prefix.size()) != prefix)
            continue;
        const QStringList collections = domain->collections();
        if (collections.isEmpty() ||
            (segments.size() > prefix.size() && collections.contains(segments.at(prefix.size()))))
            return domain.get();
    }
    return nullptr;
}
