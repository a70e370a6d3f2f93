#!/usr/bin/env bash
# The user guide's pictures can be made: scripts/screenshots.sh runs against the programs of
# this build and makes every shot in both languages, each a PNG of the window's size; every
# picture the guide shows is one the script makes (and is committed), and every shot the
# script makes is shown by the guide in both languages.
# Arguments: the source folder, the build folder.
set -euo pipefail
source=$1
build=$2
fail() { echo "screenshots_script: $*" >&2; exit 1; }
# Whether $1 is one of the lines that follow. Not `printf | grep -q` under pipefail: grep -q
# leaves at the first match, printf may then die of SIGPIPE, and the pipeline fails (it did,
# once, under load: "the en guide does not show about", which it does).
listed() { local n=$1; shift; local x; for x in "$@"; do [[ $x == "$n" ]] && return 0; done; return 1; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$source/scripts/screenshots.sh" --bin "$build" --out "$out" >"$out/made.txt" || fail "scripts/screenshots.sh failed"
mapfile -t shots < <("$source/scripts/screenshots.sh" --list)
[[ ${#shots[@]} -ge 10 ]] || fail "--list gave ${#shots[@]} shots"

for lang in en zh_CN; do
  for name in "${shots[@]}"; do
    png=$out/$lang/$name.png
    [[ -s $png ]] || fail "$lang/$name.png was not made"
    header=$(head -c 24 "$png" | od -An -tx1 | tr -d ' \n')
    [[ ${header:0:16} == 89504e470d0a1a0a ]] || fail "$lang/$name.png is not a PNG"
    width=$((16#${header:32:8}))
    height=$((16#${header:40:8}))
    [[ $width -ge 1000 && $height -ge 600 ]] || fail "$lang/$name.png is ${width}x${height}"
  done
  made=$(find "$out/$lang" -name '*.png' | wc -l)
  [[ $made -eq ${#shots[@]} ]] || fail "$made pictures in $lang, ${#shots[@]} shots listed"
done

# The guide: an index and one page per section in each language.
guide_pages() {
  case $1 in
    en) echo "$source/docs/user-guide.md"; ls "$source"/docs/user-guide/*.md ;;
    zh_CN) echo "$source/docs/user-guide.zh_CN.md"; ls "$source"/docs/user-guide/zh_CN/*.md ;;
  esac
}
for lang in en zh_CN; do
  mapfile -t pages < <(guide_pages "$lang")
  [[ ${#pages[@]} -ge 6 ]] || fail "the $lang guide has ${#pages[@]} pages"
  shown=()
  for page in "${pages[@]}"; do
    [[ -s $page ]] || fail "$page is missing"
    while IFS= read -r target; do
      [[ $target == *"/images/$lang/"* ]] || fail "$page shows $target, not a picture in images/$lang"
      name=$(basename "$target" .png)
      listed "$name" "${shots[@]}" || fail "$page shows $name, which scripts/screenshots.sh does not make"
      [[ -s $(dirname "$page")/$target ]] || fail "$page shows $target, which is not in the repository"
      shown+=("$name")
    done < <(grep -o '!\[[^]]*\]([^)]*)' "$page" | sed 's/.*](\(.*\))/\1/')
  done
  for name in "${shots[@]}"; do
    listed "$name" "${shown[@]}" || fail "the $lang guide does not show $name"
  done
  committed=$(find "$source/docs/images/$lang" -name '*.png' | wc -l)
  [[ $committed -eq ${#shots[@]} ]] || fail "docs/images/$lang holds $committed pictures, ${#shots[@]} shots listed"
done
echo "screenshots_script: ${#shots[@]} shots in en and zh_CN made; the guide shows each"
