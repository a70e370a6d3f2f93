#pragma once
// Everything one reference server knows: its set-up, its fault switches, the instances,
// Licenses and Kit data it holds, the nonces it has seen, and the counters that tests (and
// later the debugger's own tests) read at GET /_reference/state to check side effects:
// requests per activity and the codes answered, instances created, Licenses issued, Kit rows
// per table, logins. Lives on the server's thread.
#include "sandbox/reference/basic_activities.h"
#include "sandbox/reference/instance_store.h"
#include "sandbox/reference/kit_activities.h"
#include "sandbox/reference/kit_store.h"
#include "sandbox/reference/license_desk.h"
#include "sandbox/reference/reference_config.h"
#include "sandbox/reference/reference_faults.h"
#include "sandbox/reference/request_check.h"

#include <QMap>

struct ReferenceState
{
    explicit ReferenceState(ReferenceConfig configuration);

    ReferenceConfig config;
    ReferenceFaults faults;
    InstanceStore instances;
    LicenseDesk licenses{instances};
    KitStore kit;
    BasicActivities basic{instances, licenses};
    KitActivities kitActivities{kit};
    RequestCheck check;

    QMap<QString, qint64> requests; // activity or Kit interface → calls (refused ones too)
    QMap<QString, qint64> answered; // result code as answered → count
    qint64 loginsSucceeded = 0;
    qint64 loginsFailed = 0;

    void count(const QString &activity, const QString &code);
    // Forgets the data, the nonces and the counters; the set-up and the faults stay.
    void reset();
    QJsonObject toJson() const;
};
