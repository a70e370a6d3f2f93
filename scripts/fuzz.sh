#!/usr/bin/env bash
# Runs every fuzz target (tests/fuzz) under libFuzzer, built with clang, AddressSanitizer and
# UBSan (the "fuzz" preset, into build/fuzz), for a while each, two at a time.
#   scripts/fuzz.sh [--seconds N] [--jobs J] [target ...]     (default: 600 s, 2, all)
# New inputs libFuzzer finds go to build/fuzz/tests/fuzz/work/<target>; a finding is written to
# build/fuzz/findings/ and fails the run. Each target's last lines (runs, coverage, speed) are
# printed and kept in build/fuzz/findings/<target>.log.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=600
jobs=2
targets=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --seconds) seconds=${2:?--seconds needs a number}; shift 2 ;;
    --jobs) jobs=${2:?--jobs needs a number}; shift 2 ;;
    -h|--help) sed -n '2,7s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || { echo "fuzz.sh: --seconds: expected a whole number above 0, got '$seconds'" >&2; exit 2; }
[[ $jobs =~ ^[0-9]+$ && $jobs -gt 0 ]] || { echo "fuzz.sh: --jobs: expected a whole number above 0, got '$jobs'" >&2; exit 2; }

scripts/deps.sh --fuzz
[[ -f build/fuzz/build.ninja ]] || cmake --preset fuzz
cmake --build --preset fuzz
all=$(cd tests/fuzz && ls fuzz_*.cpp | sed -n 's/\.cpp$//p' | grep -v '^fuzz_replay$' | grep -v '^fuzz_support$')
if [[ ${#targets[@]} -eq 0 ]]; then
  mapfile -t targets <<<"$all"
fi
for t in "${targets[@]}"; do
  grep -Fqx -- "$t" <<<"$all" || { echo "fuzz.sh: no fuzz target '$t'; there are: $(echo $all)" >&2; exit 2; }
done

bin=build/fuzz/tests/fuzz
findings=$PWD/build/fuzz/findings
mkdir -p "$findings"
run_one() {
  local t=$1
  mkdir -p "$bin/work/$t"
  # -timeout: an input taking over 10 s is a finding (a hang); -rss_limit_mb: so is 2 GiB.
  if "$bin/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$findings/$t-" "$bin/work/$t" "tests/fuzz/corpus/$t" \
      >"$findings/$t.log" 2>&1; then
    echo "$t: $(grep -E '^stat::number_of_executed_units' "$findings/$t.log" | awk '{print $2}') runs," \
      "$(grep -oE 'cov: [0-9]+' "$findings/$t.log" | tail -1), $(grep -oE 'exec/s: [0-9]+' "$findings/$t.log" | tail -1)," \
      "$(ls "$bin/work/$t" | wc -l) new inputs: no finding"
  else
    echo "$t: FINDING, see $findings/$t.log:" >&2
    grep -E 'ERROR|SUMMARY|fuzz: |Test unit written' "$findings/$t.log" | head -8 >&2
    return 1
  fi
}
export -f run_one
export seconds bin findings
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one "$1"' _ {}
