#!/usr/bin/env bash
# Installs the Debian 12 packages marketdesk needs to build, run and test, if any are missing.
# qt6-websockets-dev is listed on its own: qt6-httpserver-dev needs it for find_package but
# does not depend on it. openssl (the command line) is the seller crypto tests' independent
# reference. qt6-charts-dev draws the License inventory's utilisation chart; its CMake package
# needs Qt6OpenGL's (libqt6opengl6-dev), which it does not depend on either.
# libfontconfig-dev: the console program starts Fontconfig on a thread of its own at start.
# desktop-file-utils, appstream, man-db and zsh: the suite validates the desktop file, the
# AppStream metadata, the man pages and the shell completions with the distribution's tools.
# With --package, also what scripts/package.sh needs: dpkg-dev (dpkg-shlibdeps, dpkg-buildflags,
# dpkg-parsechangelog) and lintian. With --fuzz, what scripts/fuzz.sh needs: clang and its
# libFuzzer and sanitizer run-times (libclang-rt-14-dev, only recommended by clang).
# ../shared/tools/fresh-debian-check proves the list on a fresh root.
# Runs apt-get as root, through sudo otherwise; without either it prints the command to run.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-charts-dev libqt6opengl6-dev libfontconfig-dev
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libgl-dev
  libsqlite3-dev libssl-dev openssl sqlite3 curl python3
  qtkeychain-qt6-dev gnome-keyring libsecret-1-0 dbus-daemon
  fonts-noto-cjk
  desktop-file-utils appstream man-db zsh
  mount util-linux  # tst_storage_faults: unshare, findmnt, fallocate (in every Debian; named)
)
case ${1:-} in
  --package) packages+=(dpkg-dev lintian file) ;;
  --fuzz) packages+=(clang libclang-rt-14-dev) ;;
esac

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "marketdesk: installing ${missing[*]}" >&2
if [[ $(id -u) -eq 0 ]]; then
  apt_get=(apt-get)
elif command -v sudo >/dev/null 2>&1; then
  apt_get=(sudo apt-get)
else
  echo "marketdesk: these Debian packages are missing and you are not root:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  echo "Run that as root (or install sudo), then run this command again." >&2
  exit 1
fi
# Refresh the package lists once when they were never fetched (a fresh machine).
if [[ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e lock -e partial)" ]]; then
  "${apt_get[@]}" update
fi
DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y --no-install-recommends "${missing[@]}" ||
  { "${apt_get[@]}" update && DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y --no-install-recommends "${missing[@]}"; }
