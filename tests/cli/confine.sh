#!/bin/bash
# Runs a command with one folder made faulty, in a private mount namespace, so that nothing
# outside the command sees it (tst_storage_faults):
#   confine.sh full FOLDER FREE_KIB KEEP -- command...
#       FOLDER becomes a small tmpfs holding what it held, with FREE_KIB KiB left; what it holds
#       afterwards is copied to KEEP (a new folder) for the test to put back.
#   confine.sh readonly FOLDER - - -- command...
#       FOLDER is mounted read-only.
# Exits with the command's code, or 90 when the namespace or the mounts could not be made.
# Needs root (unshare --mount) or unprivileged user namespaces (unshare --user).
set -u
if [[ ${1:-} != --inside ]]; then
    command -v unshare >/dev/null 2>&1 || {
        echo "confine.sh: unshare (util-linux) is not installed" >&2
        exit 90
    }
    # Propagation is left as it is here: making "/" private fails in a chroot, where "/" is no
    # mount point. The folder's own mount is made private inside instead.
    if [[ $(id -u) -eq 0 ]]; then
        ns=(unshare --mount --propagation unchanged)
    else
        ns=(unshare --user --map-root-user --mount --propagation unchanged)
    fi
    "${ns[@]}" true 2>/dev/null || {
        echo "confine.sh: no mount namespace here (${ns[*]} failed)" >&2
        exit 90
    }
    exec "${ns[@]}" bash "$0" --inside "$@"
fi
shift
mode=$1 folder=$2 free=$3 keep=$4
shift 4
[[ ${1:-} == -- ]] && shift
# What is mounted below stays in this namespace.
base=$(findmnt -n -o TARGET --target "$folder") || exit 90
mount --make-rprivate "$base" || exit 90
case $mode in
full)
    saved=$(mktemp -d) || exit 90
    cp -a "$folder/." "$saved/" || exit 90
    mount -t tmpfs -o size=16m,mode=0700 marketdesk-full "$folder" || exit 90
    cp -a "$saved/." "$folder/" || exit 90
    rm -rf "$saved"
    avail=$(df --output=avail -k "$folder" | tail -1 | tr -d ' ')
    [[ $avail =~ ^[0-9]+$ ]] || exit 90
    fill=$(((avail - free) * 1024))
    if ((fill > 0)); then fallocate -l "$fill" "$folder/.filler" || exit 90; fi
    "$@"
    rc=$?
    rm -f "$folder/.filler"
    mkdir -p "$keep" && cp -a "$folder/." "$keep/" || exit 90
    exit $rc
    ;;
readonly)
    mount --bind "$folder" "$folder" || exit 90
    mount -o remount,bind,ro "$folder" || exit 90
    exec "$@"
    ;;
esac
echo "confine.sh: unknown mode $mode" >&2
exit 90
