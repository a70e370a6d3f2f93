#!/usr/bin/env bash
# Makes the user guide's pictures from the demo, in English and 简体中文, so that they never go
# stale: docs/images/LANG/NAME.png for every shot below. Each is the console's own
# `--screenshot` (offscreen), opened on a page and, for a dialog, after running the window's
# command that opens it (`--screenshot-action`).
#
#   scripts/screenshots.sh                 build, then make every picture into docs/images
#   scripts/screenshots.sh --out DIR       into DIR instead
#   scripts/screenshots.sh --bin BUILD     use the programs already built in BUILD (no build)
#   scripts/screenshots.sh --lang zh_CN    one language only
#   scripts/screenshots.sh --only NAME     one shot only (may be repeated)
#   scripts/screenshots.sh --list          the shots' names, one a line
set -euo pipefail
script=$(realpath "$0")
caller=$PWD

# name | arguments to marketdesk --demo (the page by its place: the names are translated)
shots=(
  "organisation|--page 1"
  "organisation-disable|--page 1 --screenshot-action disableAction"
  "organisation-add-member|--page 1 --screenshot-action addMemberAction"
  "apps|--page 2"
  "apps-authorise|--page 2 --screenshot-action authoriseAction"
  "license-inventory|--page 3"
  "licenses|--page 4"
  "licenses-apply|--page 4 --screenshot-action applyLicenseAction"
  "orders|--page 5"
  "images|--page 6"
  "seller-keys|--demo-seller --page 1"
  "seller-addresses|--demo-seller --page 2"
  "seller-credentials|--demo-seller --page 3"
  "seller-credential-apply|--demo-seller --page 3 --screenshot-action applyCredentialAction"
  "seller-debugger|--demo-seller --page 4 --screenshot-action runDebuggingAction"
  "accounts-add|--page 1 --screenshot-action addAccountAction"
  "about|--page 1 --screenshot-action aboutAction"
  "audit-export|--page 1 --screenshot-action exportAuditAction"
)

usage() { sed -n '2,13s/^# \{0,1\}//p' "$script" >&2; exit 2; }
out=
bin=
langs=(en zh_CN)
only=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --out) [[ $# -ge 2 ]] || usage; out=$2; shift 2 ;;
    --bin) [[ $# -ge 2 ]] || usage; bin=$2; shift 2 ;;
    --lang)
      [[ $# -ge 2 && ($2 == en || $2 == zh_CN) ]] || { echo "screenshots.sh: --lang: en or zh_CN" >&2; exit 2; }
      langs=("$2"); shift 2 ;;
    --only) [[ $# -ge 2 ]] || usage; only+=("$2"); shift 2 ;;
    --list) for shot in "${shots[@]}"; do echo "${shot%%|*}"; done; exit 0 ;;
    -h|--help) usage ;;
    *) echo "screenshots.sh: unknown argument \"$1\"" >&2; usage ;;
  esac
done
# A shot's name, exactly.
is_shot() { local shot; for shot in "${shots[@]}"; do [[ ${shot%%|*} == "$1" ]] && return 0; done; return 1; }
wanted() { local name; for name in "${only[@]}"; do [[ $name == "$1" ]] && return 0; done; return 1; }
for name in "${only[@]}"; do
  is_shot "$name" || { echo "screenshots.sh: no shot \"$name\" (see --list)" >&2; exit 2; }
done
# --out and --bin are the caller's; the rest runs from the repository's root.
[[ -z $out ]] || out=$(cd "$caller" && realpath -m "$out")
[[ -z $bin ]] || bin=$(cd "$caller" && realpath -m "$bin")
cd "$(dirname "$script")/.."
[[ -n $out ]] || out=$PWD/docs/images

if [[ -z $bin ]]; then
  scripts/build.sh
  bin=build/default
fi
console=$bin/app/console/marketdesk
[[ -x $console ]] || { echo "screenshots.sh: $console is not built" >&2; exit 1; }

# Nothing of this user's settings (window layout, language, column widths) in the pictures.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data QT_QPA_PLATFORM=offscreen

made=0
for lang in "${langs[@]}"; do
  mkdir -p "$out/$lang"
  for shot in "${shots[@]}"; do
    name=${shot%%|*}
    if [[ ${#only[@]} -gt 0 ]] && ! wanted "$name"; then
      continue
    fi
    read -r -a args <<<"${shot#*|}"
    data=$(mktemp -d "$scratch/run.XXXXXX")
    if ! "$console" --demo --lang "$lang" --data-dir "$data" "${args[@]}" \
        --screenshot "$out/$lang/$name.png" >"$scratch/log" 2>&1; then
      echo "screenshots.sh: $lang/$name failed:" >&2
      grep -v '^marketdesk\.[a-z]*: \|propagateSizeHints\|XDG_RUNTIME_DIR' "$scratch/log" >&2 || true
      exit 1
    fi
    echo "$out/$lang/$name.png"
    made=$((made + 1))
  done
done
echo "screenshots.sh: made $made pictures in $out" >&2
