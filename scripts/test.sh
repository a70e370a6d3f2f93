#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run every test through CTest (headless).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --preset default "$@"
