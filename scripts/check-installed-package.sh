#!/usr/bin/env bash
# Run by scripts/package.sh --install-check once the packages are installed on a machine that
# had nothing of the build: each program answers --version with the changelog's version; the
# console's demo paints a picture offscreen with the plug-ins it loads at run time (the SVG
# icon engine, the TLS backend, the SQLite driver) all found; Qt's own Chinese catalogue is
# there; the CLI signs in to the installed sandbox (a file secret store: no keychain there) and
# syncs into the user's data folder; the CLI's debugger passes the Kit suite of the installed
# reference server over HTTPS (OpenSSL through Qt's TLS backend); then, with what a desktop
# adds (scripts/check-installed-desktop.sh), the console on X11 and Wayland and an account signed
# in over HTTPS with its tokens in the Secret Service; and purging both packages leaves the
# user's folders alone. Uses bash and Essential tools alone: the packages'
# dependencies are all there is. Argument: the version the programs must report.
set -euo pipefail
version=$1
fail() { echo "check-installed-package: $*" >&2; exit 1; }
work=$(mktemp -d)
sandbox_pid=
cleanup() {
  [[ -n $sandbox_pid ]] && kill "$sandbox_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# A home of its own: the user's folder it checks is this one, not root's real one.
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/runtime HOME=$work/home
unset XDG_DATA_HOME XDG_CONFIG_HOME
mkdir -m 0700 "$XDG_RUNTIME_DIR" "$HOME"

for program in marketdesk marketdesk-cli marketdesk-sandbox; do
  command -v "$program" >/dev/null || fail "$program is not on PATH"
  said=$("$program" --version 2>/dev/null) || fail "$program --version failed"
  [[ $said == "$program $version" ]] || fail "$program --version said '$said', not '$program $version'"
done
echo "check-installed-package: marketdesk, marketdesk-cli and marketdesk-sandbox are $version"

QT_DEBUG_PLUGINS=1 marketdesk --demo --demo-members 30 --data-dir "$work/demo" \
  --screenshot "$work/shot.png" >/dev/null 2>"$work/demo.log" ||
  { tail -40 "$work/demo.log" >&2; fail "marketdesk --demo failed"; }
[[ $(head -c 8 "$work/shot.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] ||
  fail "marketdesk --demo --screenshot made no PNG"
# What the console loads at run time, invisible to shlibdeps: each must have been loaded.
for plugin in iconengines/libqsvgicon.so tls/libqopensslbackend.so sqldrivers/libqsqlite.so; do
  grep -q "plugins/$plugin\" loaded library" "$work/demo.log" ||
    fail "the demo did not load $plugin (a run-time dependency missing from the package?)"
done
# Qt's TLS backend asks for OpenSSL by its unversioned names first ("crypto", "ssl": symbolic
# links only the -dev packages make), then finds libcrypto.so.3: that first miss is no failure,
# as long as the versioned library loaded after it.
missed=$(grep "Cannot load library" "$work/demo.log" | grep -vE '^qt.core.library: "(crypto|ssl)" cannot load' || true)
[[ -z $missed ]] || { echo "$missed" >&2; fail "the demo could not load a plug-in"; }
for openssl in crypto ssl; do
  ! grep -q "^qt.core.library: \"$openssl\" cannot load" "$work/demo.log" ||
    grep -qE "lib$openssl\.so\.[0-9]+\" loaded library" "$work/demo.log" ||
    fail "Qt's TLS backend found no lib$openssl.so (libssl3 missing?)"
done
echo "check-installed-package: the demo painted $(stat -c %s "$work/shot.png") bytes of PNG," \
  "with the SVG icon engine, the TLS backend and the SQLite driver"
# Qt's own texts in Chinese come from qt6-translations-l10n.
help=$(marketdesk-cli --lang zh_CN --help 2>/dev/null)
[[ $help == *显示版本信息* ]] || fail "marketdesk-cli --lang zh_CN --help shows Qt's options untranslated"

# The browser: follows the sandbox's redirects (it approves at once) to the CLI's listener.
cat >"$work/browser" <<'EOF'
#!/usr/bin/env bash
set -euo pipefail
location() {
  local rest=${1#http://}
  local hostport=${rest%%/*} path=/${rest#*/}
  exec 3<>"/dev/tcp/${hostport%:*}/${hostport##*:}" || { echo "browser: cannot reach $hostport" >&2; exit 1; }
  printf 'GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n' "$path" "$hostport" >&3
  local line found=
  while IFS= read -r -t 10 line <&3; do
    line=${line%$'\r'}
    [[ -z $line ]] && break
    [[ ${line,,} == location:* ]] && found=${line#*: }
  done
  # The headers are all it needs; the server may keep the connection open after the body.
  exec 3>&-
  [[ -z $found || $found == http://* ]] && { printf '%s' "$found"; return; }
  printf 'http://%s%s' "$hostport" "$found"
}
url=$1
for _ in 1 2 3 4 5 6; do
  url=$(location "$url")
  [[ -z $url ]] && exit 0
done
EOF
chmod +x "$work/browser"

# The address server NAME (started last, its output in $work/NAME.out) says it listens on,
# within ten seconds; else its log and a failure.
address_of() {
  local name=$1 found=
  for _ in $(seq 100); do
    found=$(sed -n "s/^$name.* listening on //p" "$work/$name.out")
    [[ -n $found ]] && { printf '%s' "$found"; return; }
    sleep 0.1
  done
  cat "$work/$name.log" >&2
  fail "$name did not say where it listens"
}
stop_server() {
  kill "$sandbox_pid"
  wait "$sandbox_pid" 2>/dev/null || true
  sandbox_pid=
}

marketdesk-sandbox --port 0 --members 40 --departments 4 --auto-approve zhang.min \
  >"$work/marketdesk-sandbox.out" 2>"$work/marketdesk-sandbox.log" &
sandbox_pid=$!
server=$(address_of marketdesk-sandbox)

export MARKETDESK_PASSPHRASE=correct-horse-battery-staple BROWSER=$work/browser
marketdesk-cli login --server "$server" --secret-store file --browser >"$work/cli.log" 2>&1 ||
  { cat "$work/cli.log" >&2; fail "marketdesk-cli login failed"; }
marketdesk-cli sync >>"$work/cli.log" 2>&1 || { cat "$work/cli.log" >&2; fail "marketdesk-cli sync failed"; }
marketdesk-cli audit verify >>"$work/cli.log" 2>&1 ||
  { cat "$work/cli.log" >&2; fail "marketdesk-cli audit verify failed"; }
data=${XDG_DATA_HOME:-$HOME/.local/share}/marketdesk/marketdesk
[[ -s $data/accounts.json ]] || fail "no accounts.json in $data after login"
before=$(cd "$data" && find . -type f | sort | xargs sha256sum)
echo "check-installed-package: signed in and synced; $(echo "$before" | wc -l) files in $data"
stop_server

# The seller's side over HTTPS: the reference server with a CA of its own, the CLI trusting it.
printf 'basicKey0123456789abcdefABCDEF012345\n' >"$work/basic.key"
printf 'kitKey0123456789abcdefABCDEF0123456789\n' >"$work/kit.key"
marketdesk-reference-saas --port 0 --tls --tls-ca-out "$work/reference-ca.pem" \
  --basic-key-file "$work/basic.key" --kit-key-file "$work/kit.key" \
  >"$work/marketdesk-reference-saas.out" 2>"$work/marketdesk-reference-saas.log" &
sandbox_pid=$!
address=$(address_of marketdesk-reference-saas)
[[ $address == https://* ]] || fail "marketdesk-reference-saas listens on $address, not HTTPS"
marketdesk-cli seller debug --address "$address" --suite kit --ca-file "$work/reference-ca.pem" \
  --basic-key-file "$work/basic.key" --kit-key-file "$work/kit.key" >"$work/debug.log" 2>&1 ||
  { tail -20 "$work/debug.log" >&2; fail "marketdesk-cli seller debug over HTTPS failed"; }
echo "check-installed-package: $(tail -1 "$work/debug.log")"
stop_server

# Then on the displays and with the keychain of a desktop, in a home of its own.
"$(dirname "$0")"/check-installed-desktop.sh "$work"
desktop_data=$work/desktop-home/.local/share/marketdesk/marketdesk
[[ -s $desktop_data/accounts.json ]] || fail "no accounts.json in $desktop_data after the desktop's login"
user_data() { find "$data" "$desktop_data" -type f -print0 | sort -z | xargs -0r sha256sum; }
before=$(user_data)

DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq marketdesk marketdesk-sandbox >/dev/null
hash -r # the shell remembers where the programs were
for program in marketdesk marketdesk-cli marketdesk-sandbox; do
  ! command -v "$program" >/dev/null || fail "$program is still installed after the purge"
done
after=$(user_data)
[[ $before == "$after" ]] || fail "purging the packages changed the user's data in $data or $desktop_data"
echo "check-installed-package: purged; the user's data is as it was"
