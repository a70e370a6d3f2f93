#!/usr/bin/env bash
# packaging/version.cmake reads packaging/changelog (the one place the version is written):
# the real changelog gives the version CMake configured with and a time stamp equal to its
# signature's (as date(1) reads it); lines that CMake lists mangle ([, ], ;, \), a one-digit
# day and a time zone other than UTC read right; a malformed changelog stops with its line
# number and what was expected. Arguments: the source folder, the version CMake configured.
set -euo pipefail
source=$1
configured=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "version_cmake: $*" >&2; exit 1; }

# Prints "version|date|month|epoch" and the releases XML of CHANGELOG, or fails with its message.
read_changelog() {
  cat >"$work/driver.cmake" <<EOF
set(MARKETDESK_CHANGELOG "$1")
include("$source/packaging/version.cmake")
message("\${MARKETDESK_VERSION}|\${MARKETDESK_RELEASE_DATE}|\${MARKETDESK_RELEASE_MONTH}|\${MARKETDESK_SOURCE_DATE_EPOCH}")
message("\${MARKETDESK_RELEASES_XML}")
EOF
  cmake -P "$work/driver.cmake" 2>&1
}

# 1. The real changelog.
out=$(read_changelog "$source/packaging/changelog") || fail "the real changelog: $out"
IFS='|' read -r version date month epoch <<<"$(head -1 <<<"$out")"
[[ $version == "$configured" ]] || fail "version.cmake says $version, CMake configured $configured"
signature=$(grep -m1 '^ -- ' "$source/packaging/changelog" | sed 's/^ -- .*>  //')
expected=$(date -u -d "$signature" +%s)
[[ $epoch == "$expected" ]] || fail "time stamp $epoch, date(1) reads '$signature' as $expected"
[[ $date == $(date -u -d "$signature" +%F) ]] || fail "date $date for '$signature'"
[[ $month == $(LC_ALL=C date -u -d "$signature" '+%B %Y') ]] || fail "month '$month' for '$signature'"

# 2. Valid, with what CMake lists mangle and a zone east of UTC.
cat >"$work/tricky" <<'EOF'
marketdesk (1.2.3) unstable; urgency=low

  [ A. Maintainer ]
  * Arrays [0] and [1]; a path C:\temp\ and <b>markup</b> & more.
    Continued here.
  * Second.

 -- Someone <someone@example.org>  Mon, 1 Feb 2027 08:30:00 +0800
EOF
out=$(read_changelog "$work/tricky") || fail "a valid changelog was refused: $out"
IFS='|' read -r version date month epoch <<<"$(head -1 <<<"$out")"
[[ $version == 1.2.3 && $date == 2027-02-01 && $month == "February 2027" ]] ||
  fail "read as $version $date $month"
[[ $epoch == $(date -u -d "Mon, 1 Feb 2027 08:30:00 +0800" +%s) ]] || fail "zone: $epoch"
grep -qF '<li>Arrays [0] and [1]; a path C:\temp\ and &lt;b&gt;markup&lt;/b&gt; &amp; more. Continued here.</li>' <<<"$out" ||
  fail "the first change came out as: $(grep -m1 '<li>' <<<"$out")"
[[ $(grep -c '<li>' <<<"$out") == 2 ]] || fail "the heading was taken for a change"

# 3. Malformed: each stops, naming the line and what was expected.
bad() { # name, expected text in the message, changelog
  printf '%s' "$3" >"$work/bad"
  local said
  if said=$(read_changelog "$work/bad"); then
    fail "$1: accepted"
  fi
  grep -qF "$2" <<<"$said" || fail "$1: said '$said', not '$2'"
}
sign=' -- A <a@example.org>  Tue, 01 Dec 2026 12:00:00 +0000'
bad "revision in the version" "bad:1: expected 'marketdesk (MAJOR.MINOR.PATCH)" \
  $'marketdesk (0.2.0-1) unstable; urgency=medium\n\n  * x\n\n'"$sign"$'\n'
bad "one space before the date" "bad:5: expected ' -- Name <mail>" \
  $'marketdesk (0.2.0) unstable; urgency=medium\n\n  * x\n\n -- A <a@example.org> Tue, 01 Dec 2026 12:00:00 +0000\n'
bad "no signature" "the entry 0.2.0 has no signature line" \
  $'marketdesk (0.2.0) unstable; urgency=medium\n\n  * x\n'
bad "next entry before the signature" "bad:5: a new entry before the signature line" \
  $'marketdesk (0.2.0) unstable; urgency=medium\n\n  * x\n\nmarketdesk (0.1.0) unstable; urgency=medium\n'
bad "stray text" "bad:3: expected an entry's first line" \
  $'marketdesk (0.2.0) unstable; urgency=medium\n\nstray; text\n'
bad "no change" "the entry 0.2.0 lists no change" \
  $'marketdesk (0.2.0) unstable; urgency=medium\n\n'"$sign"$'\n'
bad "empty" "no entry" ''

echo "version_cmake: $configured read as CMake configured it, time stamp as date(1) reads it; tricky lines read right; 7 malformed changelogs refused with their line"
