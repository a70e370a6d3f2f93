#!/usr/bin/env bash
# Run by scripts/check-installed-package.sh once the packages proved they bring what they need:
# the console on the displays a workstation has, and an account kept the way a desktop keeps it.
# It installs what a desktop has (the package's recommended packages, a session bus) and two
# display servers to check with (Xvfb, and Weston without a screen); then:
#   - the demo paints on X11 (Qt's xcb plug-in) and on Wayland (Qt's wayland plug-in);
#   - the CLI signs in over HTTPS (the sandbox with a CA of its own, the browser curl), its
#     tokens go to the Secret Service (gnome-keyring, unlocked for the check), and neither the
#     access nor the refresh token is in any file of the user's home;
#   - the console opens that account on X11, reads its tokens from the keychain and syncs over
#     HTTPS.
# Arguments: a working folder; the home folder it uses is HOME_FOLDER inside it.
set -euo pipefail
work=$1
fail() { echo "check-installed-desktop: $*" >&2; exit 1; }
say() { echo "check-installed-desktop: $*"; }

# A desktop's packages: the first choice of each recommended one, and the check's own tools.
mapfile -t recommended < <(dpkg-query -W -f='${Recommends}' marketdesk | tr ',' '\n' |
  sed -E 's/\|.*//; s/\(.*\)//; s/[[:space:]]//g' | grep -v '^$')
((${#recommended[@]})) || fail "the installed marketdesk package recommends nothing (dpkg-query failed?)"
tools=(dbus-daemon xvfb weston libsecret-tools curl)
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "${recommended[@]}" "${tools[@]}" >/dev/null
say "installed ${recommended[*]} (recommended) and ${tools[*]} (for the check)"

# A desktop user's environment of its own: nothing of the first check's (its passphrase, its
# plain-HTTP browser) and every XDG folder inside this home.
export HOME=$work/desktop-home XDG_RUNTIME_DIR=$work/desktop-runtime TMPDIR=$work/desktop-tmp
unset QT_QPA_PLATFORM DISPLAY WAYLAND_DISPLAY WAYLAND_SOCKET XDG_SESSION_TYPE XDG_CURRENT_DESKTOP \
  XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_STATE_HOME MARKETDESK_PASSPHRASE BROWSER
mkdir -m 0700 "$HOME" "$XDG_RUNTIME_DIR" "$TMPDIR"
pids=()
cleanup() { [[ ${#pids[@]} -eq 0 ]] || kill "${pids[@]}" 2>/dev/null || true; }
trap cleanup EXIT

# Waits up to ten seconds for FILE to be non-empty.
wait_for() {
  for _ in $(seq 100); do
    [[ -s $1 ]] && return 0
    sleep 0.1
  done
  return 1
}
# The demo's picture on the display the environment names; PLUGIN must have been loaded.
paint_demo() {
  local name=$1 plugin=$2
  QT_DEBUG_PLUGINS=1 timeout 300 marketdesk --demo --demo-members 30 --data-dir "$work/demo-$name" \
    --screenshot "$work/$name.png" >/dev/null 2>"$work/$name.log" ||
    { tail -30 "$work/$name.log" >&2; fail "marketdesk --demo on $name failed"; }
  grep -q "plugins/$plugin\" loaded library" "$work/$name.log" ||
    { grep "qt.qpa\|platform" "$work/$name.log" | tail -20 >&2 || true; fail "the demo on $name did not use $plugin"; }
  [[ $(head -c 8 "$work/$name.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] ||
    fail "marketdesk --demo on $name made no PNG"
  say "the demo painted on $name ($plugin), $(stat -c %s "$work/$name.png") bytes of PNG"
}

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/xvfb.display" 2>"$work/xvfb.log" &
pids+=($!)
wait_for "$work/xvfb.display" || { cat "$work/xvfb.log" >&2; fail "Xvfb did not start"; }
x_display=:$(cat "$work/xvfb.display")
DISPLAY=$x_display paint_demo x11 platforms/libqxcb.so

# Weston's headless back end with its software renderer, as a Wayland session has it.
weston --backend=headless-backend.so --socket=marketdesk-check --idle-time=0 \
  >"$work/weston.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  [[ -S $XDG_RUNTIME_DIR/marketdesk-check ]] && break
  sleep 0.1
done
[[ -S $XDG_RUNTIME_DIR/marketdesk-check ]] || { tail -20 "$work/weston.log" >&2; fail "Weston did not start"; }
# What a GNOME or KDE Wayland session sets: Qt chooses its wayland plug-in from these alone.
WAYLAND_DISPLAY=marketdesk-check XDG_SESSION_TYPE=wayland paint_demo wayland \
  platforms/libqwayland-generic.so

# The browser: follows the sandbox's redirects (it approves at once) to the CLI's listener,
# trusting the sandbox's CA.
cat >"$work/https-browser" <<EOF
#!/bin/sh
exec curl -sS -L --max-time 20 --cacert "$work/sandbox-ca.pem" -o /dev/null "\$1"
EOF
chmod +x "$work/https-browser"

# The rest in a session of its own (bus, keyring), as a person's desktop session has them.
cat >"$work/session.sh" <<'EOF'
set -euo pipefail
work=$1 x_display=$2
fail() { echo "check-installed-desktop: $*" >&2; exit 1; }
say() { echo "check-installed-desktop: $*"; }
printf 'check-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
: >"$work/tls-sandbox.out"
marketdesk-sandbox --port 0 --members 40 --departments 4 --auto-approve zhang.min \
  --tls --tls-ca-out "$work/sandbox-ca.pem" >"$work/tls-sandbox.out" 2>"$work/tls-sandbox.log" &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true; wait $sandbox 2>/dev/null || true' EXIT
server=
for _ in $(seq 100); do
  server=$(sed -n 's/^marketdesk-sandbox.* listening on //p' "$work/tls-sandbox.out")
  [[ -n $server ]] && break
  sleep 0.1
done
[[ $server == https://* ]] || { cat "$work/tls-sandbox.log" >&2; fail "the sandbox is not on HTTPS: '$server'"; }
BROWSER=$work/https-browser timeout 300 marketdesk-cli login --server "$server" \
  --ca-file "$work/sandbox-ca.pem" --browser >"$work/keychain-cli.log" 2>&1 ||
  { cat "$work/keychain-cli.log" >&2; fail "login over HTTPS failed"; }
grep -q 'tokens kept in the system keychain' "$work/keychain-cli.log" ||
  { cat "$work/keychain-cli.log" >&2; fail "login did not keep the tokens in the keychain"; }
# A second process: the tokens come back from the keychain.
timeout 300 marketdesk-cli sync >>"$work/keychain-cli.log" 2>&1 ||
  { cat "$work/keychain-cli.log" >&2; fail "sync over HTTPS failed"; }

# The tokens the keychain has held, one a line in a file of the check's own (not on a command
# line), and nowhere in the clear: no file of the home, the run-time or temporary folder, no
# output. A log shown on a failure is shown without them.
tokens=$work/tokens
: >"$tokens"
chmod 600 "$tokens"
said=("$work/keychain-cli.log")
show() { tail -30 "$1" | grep -vF -f "$tokens" >&2 || true; }
check_no_token() {
  local stored found rc
  stored=$(secret-tool lookup server marketdesk user 'account/zhang.min@huadong-tech/tokens' type base64) ||
    fail "the Secret Service holds no tokens for zhang.min@huadong-tech"
  { printf '%s' "$stored" | base64 -d | grep -oE '"(access|refresh)_token": *"[^"]+"' |
    sed -E 's/.*"([^"]+)"$/\1/' >>"$tokens"; } || true
  sort -u -o "$tokens" "$tokens"
  [[ $(grep -c . "$tokens") -ge 2 ]] || fail "the keychain's entry does not hold an access and a refresh token"
  rc=0
  found=$(grep -rlF -f "$tokens" --exclude-dir=keyrings "$HOME" "$XDG_RUNTIME_DIR" "$TMPDIR" \
    "${said[@]}") || rc=$?
  [[ $rc -eq 1 ]] || fail "a token is in the clear (or the search failed, status $rc): ${found:-?}"
}
check_no_token
say "signed in over HTTPS ($server); the tokens are in the Secret Service, in no file of the home and in no output"
# The console on that account, on X11: its tokens from the keychain, its sync over HTTPS.
DISPLAY=$x_display QT_LOGGING_RULES='marketdesk.sync.debug=true' timeout 300 \
  marketdesk --screenshot "$work/account.png" >"$work/account.out" 2>"$work/account.log" ||
  { show "$work/account.log"; fail "the console on the signed-in account failed"; }
grep -q 'marketdesk.sync: sync complete' "$work/account.log" ||
  { show "$work/account.log"; fail "the console did not sync the signed-in account"; }
[[ -s $work/account.png ]] || fail "the console made no picture of the signed-in account"
said+=("$work/account.out" "$work/account.log")
check_no_token # again, with the tokens as they are after the console (refreshed or not)
say "the console opened zhang.min@huadong-tech on X11 with the keychain's tokens and synced over HTTPS"
EOF
dbus-run-session -- bash "$work/session.sh" "$work" "$x_display" 2>&1 |
  grep -v 'Failed to set fd limit' || fail "the desktop session's checks failed"
