#!/usr/bin/env bash
# The desktop integration as the package installs it: the desktop entry and the AppStream
# metadata pass the distribution's validators, every hicolor PNG has the size its folder names,
# and the programs, the metainfo's newest release and the man pages carry the changelog's
# version (packaging/changelog is the one place it is written).
# Arguments: the source folder, the build folder.
set -euo pipefail
source=$1
build=$2
app_id=io.github.marketdesk.Marketdesk
fail() { echo "desktop_metadata: $*" >&2; exit 1; }

desktop-file-validate "$source/packaging/$app_id.desktop" || fail "desktop-file-validate refused $app_id.desktop"
metainfo=$build/packaging/$app_id.metainfo.xml
[[ -s $metainfo ]] || fail "$metainfo was not made"
appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli refused $metainfo"

sizes=0
for size in 16 22 24 32 48 64 128 256 512; do
  png=$build/packaging/icons/${size}x${size}/$app_id.png
  [[ -s $png ]] || fail "no icon $png"
  # PNG: signature, then the IHDR chunk whose first fields are width and height (big-endian).
  header=$(head -c 24 "$png" | od -An -tx1 | tr -d ' \n')
  [[ ${header:0:16} == 89504e470d0a1a0a ]] || fail "$png is not a PNG"
  width=$((16#${header:32:8}))
  height=$((16#${header:40:8}))
  [[ $width == "$size" && $height == "$size" ]] || fail "$png is ${width}x${height}, not ${size}x${size}"
  sizes=$((sizes + 1))
done

version=$(sed -n '1s/^marketdesk (\([^)]*\)).*/\1/p' "$source/packaging/changelog")
[[ -n $version ]] || fail "packaging/changelog does not start with an entry"
for program in app/cli/marketdesk-cli app/sandbox/marketdesk-sandbox app/console/marketdesk; do
  said=$(QT_QPA_PLATFORM=offscreen "$build/$program" --version 2>/dev/null)
  [[ $said == "$(basename "$program") $version" ]] || fail "$program --version said '$said', not $version"
done
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
[[ $newest == "$version" ]] || fail "the metainfo's newest release is '$newest', not $version"
for page in "$build"/packaging/man/*.1; do
  grep -q "^\.TH .*\"marketdesk $version\"" "$page" || fail "$page is not dated marketdesk $version"
done

echo "desktop_metadata: desktop entry and AppStream valid, $sizes icons sized, version $version everywhere"
