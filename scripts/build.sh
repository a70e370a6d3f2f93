#!/usr/bin/env bash
# Configures (once) and builds marketdesk with the "default" preset into build/default.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
if [[ ! -f build/default/build.ninja ]]; then
  cmake --preset default
fi
cmake --build --preset default
