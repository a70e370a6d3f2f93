#include "licenses/client/licenses_records.h"

ImageSubscription ImageSubscriptionRecord::forRenewal() const
{
    ImageSubscription s;
    s.subscriptionId = subscriptionId;
    s.imageName = imageName;
    // The notice names the ECS as a person knows it, with its id beside.
    s.ecsInstance = ecsName.isEmpty() ? ecsInstanceId : ecsName + u" (" + ecsInstanceId + u')';
    s.region = region;
    s.periodEnd = periodEnd;
    s.autoRenew = autoRenew;
    s.inUse = inUse;
    return s;
}
