#!/usr/bin/env bash
# Rootless Docker (Debian's docker.io, dockerd-rootless.sh) for netlab's engine matrix, beside the
# shared rootful engine and never touching it: its own user, data root, runtime dir and socket.
#   up      start it (if not running) and print DOCKER_HOST=unix://...
#   down    stop the daemon this script started (by its pid file, bounded); --purge also removes
#           its own state (data root, runtime dir), nothing else
#   status  say whether it runs and answers; exit 0 only if it answers
# Needs root (to create the user, grant subuids and /dev/net/tun) and apt-get for missing packages.
#
# The course runs as root against this socket, not as the rootless user: root passes the socket's
# 0700 directory by CAP_DAC_OVERRIDE, and the course needs root's view of the host (interfaces,
# iptables, loopback ports) and the worktree's node_modules; running it as another user would test
# something other than what the tests mean. So the socket keeps the owner-only permissions
# dockerd-rootless gives it and nobody else is let in.
set -euo pipefail

USER_NAME=${NETLAB_ROOTLESS_USER:-netlab-rootless}
STATE=${NETLAB_ROOTLESS_STATE:-/var/lib/netlab-rootless}
RUNTIME=${NETLAB_ROOTLESS_RUNTIME:-/run/netlab-rootless}
SOCK=$RUNTIME/docker.sock
PIDFILE=$STATE/rootlesskit.pid
LOG=$STATE/dockerd.log
TUN_MODE_FILE=$STATE/tun-mode.orig
WAIT_SECONDS=${NETLAB_ENGINE_WAIT:-90}
DOCKERD_ROOTLESS=/usr/share/docker.io/contrib/dockerd-rootless.sh
export DOCKER_HOST=unix://$SOCK
ENGINE=rootless
# shellcheck source=scripts/engines/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

answers() { timeout 5 docker info >/dev/null 2>&1; }

ensure_packages() {
  local need=()
  command -v rootlesskit >/dev/null 2>&1 || need+=(rootlesskit)
  command -v slirp4netns >/dev/null 2>&1 || need+=(slirp4netns)
  command -v newuidmap >/dev/null 2>&1 || need+=(uidmap)
  [ -x "$DOCKERD_ROOTLESS" ] && command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
  command -v iptables >/dev/null 2>&1 || need+=(iptables)
  install_missing "${need[@]}"
}

# The first subordinate id past every range already handed out (ranges of 65536, as useradd's).
next_sub_start() {
  awk -F: 'BEGIN { m = 100000 } { e = $2 + $3; if (e > m) m = e } END { print m }' /etc/subuid /etc/subgid 2>/dev/null
}

ensure_user() {
  if ! id "$USER_NAME" >/dev/null 2>&1; then
    say "creating user $USER_NAME (home $STATE)"
    useradd --system --home-dir "$STATE" --create-home --shell /usr/sbin/nologin "$USER_NAME"
  fi
  mkdir -p "$STATE"
  chown "$USER_NAME:" "$STATE"
  touch /etc/subuid /etc/subgid
  if ! grep -q "^$USER_NAME:" /etc/subuid || ! grep -q "^$USER_NAME:" /etc/subgid; then
    local start
    start=$(next_sub_start)
    grep -q "^$USER_NAME:" /etc/subuid || echo "$USER_NAME:$start:65536" >>/etc/subuid
    grep -q "^$USER_NAME:" /etc/subgid || echo "$USER_NAME:$start:65536" >>/etc/subgid
    say "granted $USER_NAME subordinate ids $start-$((start + 65535))"
  fi
}

# slirp4netns runs as the rootless user and opens /dev/net/tun to make the tap device of the
# namespace's network; the device is 0600 root on this machine (not the 0666 udev gives it on a
# normal Debian), so the open fails with EACCES and rootlesskit cannot start. 0666 is the kernel's
# own intent: an fd on /dev/net/tun alone grants nothing, creating an interface still needs
# CAP_NET_ADMIN in the network namespace's user namespace. The mode found is kept and put back on down.
ensure_tun() {
  [ -c /dev/net/tun ] || die "/dev/net/tun is missing: slirp4netns needs the tun driver."
  local mode
  mode=$(stat -c %a /dev/net/tun)
  if [ "$mode" != 666 ]; then
    [ -f "$TUN_MODE_FILE" ] || echo "$mode" >"$TUN_MODE_FILE"
    chmod 0666 /dev/net/tun
    say "/dev/net/tun was $mode, now 666 (put back on down)"
  fi
}

restore_tun() {
  if [ -f "$TUN_MODE_FILE" ]; then
    chmod "$(cat "$TUN_MODE_FILE")" /dev/net/tun && say "/dev/net/tun back to $(cat "$TUN_MODE_FILE")"
    rm -f "$TUN_MODE_FILE"
  fi
}

# shellcheck source=scripts/engines/free-range.sh
. "$(dirname "${BASH_SOURCE[0]}")/free-range.sh"

# The default bridge gets an address no host route uses, so it never shares 172.17.0.1 with the
# rootful docker0; user networks come from a pool of their own for the same reason (a probe of a
# rootless container's address must never reach another engine's container).
pick_nets() {
  local c
  BIP=""; POOL=""
  for c in 10.213.0.0/24 10.223.0.0/24 192.168.213.0/24 172.30.213.0/24; do
    if free_of_routes "$c"; then BIP=${c%.0/24}.1/24; break; fi
  done
  for c in 10.214.0.0/16 10.224.0.0/16 172.29.0.0/16; do
    if free_of_routes "$c"; then POOL=$c; break; fi
  done
  if [ -z "$BIP" ] || [ -z "$POOL" ]; then die "no free private range for the default bridge and user networks (see ip route)."; fi
}

up() {
  [ "$(id -u)" = 0 ] || die "needs root (creates a user, grants subuids, opens /dev/net/tun)."
  if answers; then
    say "already answers on $SOCK"
    echo "DOCKER_HOST=$DOCKER_HOST"
    return 0
  fi
  ensure_packages
  ensure_user
  ensure_tun
  local pid
  pid=$(running_pid rootlesskit || true)
  if [ -z "$pid" ]; then
    pick_nets
    mkdir -p "$RUNTIME" "$STATE/docker"
    chown "$USER_NAME:" "$RUNTIME" "$STATE/docker"
    chmod 0700 "$RUNTIME"
    rm -f "$SOCK" "$RUNTIME/docker.pid"
    # DNS rule: rootlesskit gives dockerd a resolv.conf naming slirp4netns's DNS (10.0.2.3), which
    # containers without servers of their own copy, and slirp4netns forwards those queries to the
    # servers of /etc/resolv.conf as it sees it. It runs in a private mount namespace where that
    # file says loopback only (strace shows slirp4netns sending them to 127.0.0.1:53).
    printf 'nameserver 127.0.0.1\n' >"$STATE/resolv.conf"
    chmod 0644 "$STATE/resolv.conf"
    say "starting rootless dockerd as $USER_NAME (bip $BIP, pool $POOL, log: $LOG)..."
    local uid gid
    uid=$(id -u "$USER_NAME"); gid=$(id -g "$USER_NAME")
    # setpriv and dockerd-rootless.sh exec too: the pid is rootlesskit's.
    start_with_resolv "$STATE/resolv.conf" \
      setpriv --reuid="$uid" --regid="$gid" --init-groups \
      env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$STATE" USER="$USER_NAME" XDG_RUNTIME_DIR="$RUNTIME" \
      "$DOCKERD_ROOTLESS" --data-root "$STATE/docker" --exec-root "$RUNTIME/docker" \
      --pidfile "$RUNTIME/docker.pid" -H "unix://$SOCK" \
      --bip "$BIP" --default-address-pool "base=$POOL,size=24"
    pid=$(cat "$PIDFILE")
  else
    say "rootlesskit (pid $pid) runs but does not answer yet; waiting for it."
  fi
  local waited=0
  wait_for_answer "$pid" || waited=$?
  if [ "$waited" = 1 ]; then
    rm -f "$PIDFILE"
    restore_tun
  fi
  [ "$waited" = 0 ] || exit 1
  say "dockerd $(docker version --format '{{.Server.Version}}' 2>/dev/null)"
  echo "DOCKER_HOST=$DOCKER_HOST"
}

# Every process under $1, deepest last (read before the parent goes, while the tree is whole).
descendants() {
  local p
  # shellcheck disable=SC2013 # the file is one line of space-separated pids
  for p in $(cat "/proc/$1/task/"*/children 2>/dev/null); do
    echo "$p"
    descendants "$p"
  done
}

down() {
  local pid tree p i
  pid=$(running_pid rootlesskit || true)
  if [ -z "$pid" ]; then
    say "not running (no live rootlesskit in $PIDFILE)"
  else
    tree=$(descendants "$pid")
    say "stopping rootlesskit (pid $pid) and its dockerd..."
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 40; i++)); do [ -d "/proc/$pid" ] || break; sleep 0.5; done
    for p in $pid $tree; do
      if [ -d "/proc/$p" ]; then kill -KILL "$p" 2>/dev/null && say "killed pid $p (did not stop within 20s)"; fi
    done
    say "stopped"
  fi
  rm -f "$PIDFILE"
  restore_tun
  if [ "${1:-}" = "--purge" ]; then
    # Only this engine's own state; the user and its subuids stay for the next up.
    rm -rf "${RUNTIME:?}" "${STATE:?}/docker" "$STATE/resolv.conf" "$LOG"
    say "removed its state ($RUNTIME, $STATE/docker)"
  fi
}

status() { report_status rootlesskit; }

dispatch "$@"
