#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and open the console in demo mode on the
# embedded sandbox. Extra arguments go to marketdesk (e.g. --lang zh_CN).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "marketdesk: no display found (DISPLAY is not set). Run this from a desktop session," >&2
  echo "or try it headless with QT_QPA_PLATFORM=offscreen." >&2
  exit 1
fi
exec build/default/app/console/marketdesk --demo "$@"
