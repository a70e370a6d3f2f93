#include "sandbox/domain/sandbox_domain.h"

SandboxDomain *domainFor(const std::vector<std::unique_ptr<SandboxDomain>> &domains,
                         const QStringList &segments)
{
    for (const auto &domain : domains) {
        const QStringList prefix = domain->prefix();
        if (segments.size() >= prefix.size() && segments.mid(0, prefix.size()) == prefix)
            return domain.get();
    }
    return nullptr;
}
