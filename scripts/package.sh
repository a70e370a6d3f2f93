#!/usr/bin/env bash
# Builds the Debian packages into dist/ (marketdesk, marketdesk-sandbox) with CPack from a build
# of their own (build/package: /usr, Debian's build flags, no tests or benchmarks), then checks
# them with lintian. Reproducible: the time stamp is the changelog's (SOURCE_DATE_EPOCH), paths
# are mapped away, and the same commit gives the same packages.
#
#   scripts/package.sh                  build and lint
#   scripts/package.sh --install-check  then, as root on a machine to try them (a fresh Debian
#                                       12 root: ../shared/tools/fresh-debian-check -- \
#                                       scripts/package.sh --install-check), remove what the
#                                       build installed, install the packages with apt-get and
#                                       run scripts/check-installed-package.sh (and from it
#                                       scripts/check-installed-desktop.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
install_check=0
case "${1:-}" in
  "") ;;
  --install-check) install_check=1 ;;
  *) echo "package.sh: unknown option '$1' (only --install-check)" >&2; exit 2 ;;
esac

if [[ $install_check -eq 1 ]]; then
  [[ $(id -u) -eq 0 ]] || { echo "package.sh: --install-check installs packages: run it as root" >&2; exit 2; }
  before=$(mktemp)
  dpkg-query -W -f='${Package}\n' | sort >"$before"
fi
scripts/deps.sh --package

export SOURCE_DATE_EPOCH
SOURCE_DATE_EPOCH=$(dpkg-parsechangelog -l packaging/changelog -S Timestamp)
version=$(dpkg-parsechangelog -l packaging/changelog -S Version)
# Debian's default flags (fortify, stack protector, relro, -ffile-prefix-map for reproducibility);
# CMake does not read CPPFLAGS. Without -g: CPack strips the programs anyway, and debug info
# makes the build much slower.
eval "$(dpkg-buildflags --export=sh)"
CXXFLAGS=$(sed -E 's/(^| )-g( |$)/ /' <<<"$CXXFLAGS")
export CXXFLAGS="$CXXFLAGS $CPPFLAGS"
export LDFLAGS
build=build/package
rm -rf "$build" dist
# Built with the install RUNPATH: one rewritten at install time would leave the length of this
# checkout's path in the binaries.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-DNDEBUG \
  -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_BUILD_WITH_INSTALL_RPATH=ON -DBUILD_TESTING=OFF \
  -DMARKETDESK_BENCH=OFF >/dev/null
cmake --build "$build"
(cd "$build" && cpack -G DEB >/dev/null)
mkdir -p dist
mv "$build"/*.deb dist/
for deb in dist/*.deb; do
  echo "package.sh: $deb $(sha256sum "$deb" | cut -c1-16)…"
done

# lintian: errors fail the build; warnings are printed for a person to read.
lintian --fail-on error --tag-display-limit 0 dist/*.deb
# The desktop entry and AppStream metadata as the package holds them.
contents=$(mktemp -d)
trap 'rm -rf "$contents"' EXIT
dpkg-deb -x "dist/marketdesk_${version}_$(dpkg --print-architecture).deb" "$contents"
desktop-file-validate "$contents"/usr/share/applications/*.desktop
appstreamcli validate --no-net --explain "$contents"/usr/share/metainfo/*.metainfo.xml

if [[ $install_check -eq 1 ]]; then
  # What the build needed goes again, so that the packages must bring everything they use.
  after=$(mktemp)
  dpkg-query -W -f='${Package}\n' | sort >"$after"
  mapfile -t added < <(comm -13 "$before" "$after")
  if [[ ${#added[@]} -gt 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "${added[@]}" >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get autoremove -y -qq --purge >/dev/null
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "./dist/marketdesk_${version}_$(dpkg --print-architecture).deb" \
    "./dist/marketdesk-sandbox_${version}_$(dpkg --print-architecture).deb" >/dev/null
  scripts/check-installed-package.sh "$version"
fi
