#!/usr/bin/env bash
# Builds and runs every benchmark (100,000 members, 10,000 departments, 1,000,000 audit rows);
# each figure is printed beside its baseline, measured in the same run. Takes about 4 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
# Under a private Secret Service: the cold-start figure opens an account whose tokens are in
# the keychain, as most users' are.
exec tests/with_keychain.sh build/default/bench/marketdesk-bench "$@"
