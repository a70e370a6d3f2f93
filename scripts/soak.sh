#!/usr/bin/env bash
# The soak (issue 11 §4, docs/reliability.md "A soak"): builds the default preset, then runs
# marketdesk-soak — syncs, member batches and edits, grants and revokes, an app's switch, Seller
# Center debugging runs and keys, audit exports, sign-in renewals — against a sandbox injecting
# faults, then checks that nothing is pending, nothing was executed twice or lost, the server
# holds what the run left, the journals verify, and memory, descriptors and threads stayed flat.
#   scripts/soak.sh [--minutes M] [--seed N] [--fault-rate R] [--out DIR]
#                                          (default: 30, 1, 0.05, build/soak)
# Writes DIR/soak.log, DIR/samples.csv, DIR/samples.svg and DIR/report.json; exit 0 when every
# check held, 1 when one did not, 2 on a bad option or when the soak could not start.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=30
seed=1
rate=0.05
out=build/soak
need() { [[ $# -ge 2 && -n $2 ]] || { echo "soak.sh: $1 needs a value (see --help)" >&2; exit 2; }; }
while [[ $# -gt 0 ]]; do
  case $1 in
    --minutes) need "$@"; minutes=$2; shift 2 ;;
    --seed) need "$@"; seed=$2; shift 2 ;;
    --fault-rate) need "$@"; rate=$2; shift 2 ;;
    --out) need "$@"; out=$2; shift 2 ;;
    -h|--help) sed -n '2,10s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "soak.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
# The program checks the values themselves; the numbers' shape is checked before building.
[[ $minutes =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "soak.sh: --minutes: expected a number, got '$minutes'" >&2; exit 2; }
[[ $seed =~ ^[0-9]+$ ]] || { echo "soak.sh: --seed: expected a whole number, got '$seed'" >&2; exit 2; }
[[ $rate =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "soak.sh: --fault-rate: expected a number, got '$rate'" >&2; exit 2; }

scripts/build.sh
mkdir -p "$out"
rm -rf "$out/data"
set +e
QT_QPA_PLATFORM=offscreen build/default/tests/soak/marketdesk-soak --minutes "$minutes" \
  --seed "$seed" --fault-rate "$rate" --data-dir "$out/data" --samples "$out/samples.csv" \
  --report "$out/report.json" 2>&1 | tee "$out/soak.log"
rc=${PIPESTATUS[0]}
set -e
if [[ -s "$out/samples.csv" ]]; then
  if python3 tests/soak/plot_samples.py "$out/samples.csv" "$out/samples.svg" \
      "marketdesk soak: $minutes min, fault rate $rate, seed $seed"; then
    echo "soak.sh: samples plotted in $out/samples.svg"
  else
    echo "soak.sh: the samples could not be plotted (above); the soak's outcome stands" >&2
  fi
fi
exit "$rc"
