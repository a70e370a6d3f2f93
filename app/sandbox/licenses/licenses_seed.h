#pragma once
// What else the enterprise bought, generated from the same seed and today as its apps: an
// order and instance per app (appInfo as the seller answered it), four License products —
// characters and files, one with a single License, one past its period — and eight
// yearly/monthly image subscriptions ending from 12 days ago to 300 days ahead, the expired
// ones in use or not (on-demand billing, §10), so that the 30/7/1-day flags have material.
#include "sandbox/apps/apps_seed.h"

class LicensesStore;

namespace LicensesSeed {

// After AppsSeed::seed (it reads the apps).
bool seed(LicensesStore &store, const AppsSeedOptions &options, QString *error);

} // namespace LicensesSeed
