#!/usr/bin/env bash
# Podman's Docker-compatible service (Debian's podman 4.3 + netavark + aardvark-dns) for netlab's
# engine matrix, on a socket, storage and config of its own so that it clobbers nothing of the host's.
#   up      start it (if not running) and print DOCKER_HOST=unix://...
#   down    stop the containers on it, the service (by its pid file, bounded) and the conmon and
#           aardvark-dns processes it started; --purge also removes its own state, nothing else
#   status  say whether it runs and answers; exit 0 only if it answers
# Needs root and apt-get for missing packages.
set -euo pipefail

STATE=${NETLAB_PODMAN_STATE:-/var/lib/netlab-podman}
RUNTIME=${NETLAB_PODMAN_RUNTIME:-/run/netlab-podman}
SOCK=$RUNTIME/podman.sock
PIDFILE=$STATE/service.pid
LOG=$STATE/service.log
WAIT_SECONDS=${NETLAB_ENGINE_WAIT:-90}
export DOCKER_HOST=unix://$SOCK
export CONTAINERS_CONF=$STATE/containers.conf
export CONTAINERS_STORAGE_CONF=$STATE/storage.conf
ENGINE=podman
# shellcheck source=scripts/engines/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

answers() { timeout 5 curl -sf --unix-socket "$SOCK" http://d/_ping >/dev/null 2>&1; }

ensure_packages() {
  local need=()
  command -v podman >/dev/null 2>&1 || need+=(podman)
  [ -x /usr/lib/podman/netavark ] || need+=(netavark)
  [ -x /usr/lib/podman/aardvark-dns ] || need+=(aardvark-dns)
  command -v curl >/dev/null 2>&1 || need+=(curl)
  install_missing "${need[@]}"
}

write_config() {
  mkdir -p "$STATE/storage" "$STATE/networks" "$STATE/volumes" "$RUNTIME"
  chmod 0700 "$RUNTIME"
  # - default_ulimits: root here lacks CAP_SYS_RESOURCE, and podman's default (nofile and nproc at
  #   1048576) is above the hard limit it inherits, so runc fails to set them and no container starts.
  # - cgroupfs: there is no systemd to ask for scopes on this machine.
  # - runc: Debian's podman wants crun by default, runc is what is installed (with docker.io).
  # - events to a file: no journald either.
  # - exit_command_delay: every exec through the API leaves two conmon processes asleep this long
  #   (Docker keeps an ended exec inspectable for 5 minutes; podman mimics it): with 300, one course
  #   run leaves some 150 behind. 30 s still outlasts any inspect of an exec's exit code.
  # - tmp_dir, static_dir, volume_path, network_config_dir: ours, not /run/libpod or /var/lib/containers.
  cat >"$CONTAINERS_CONF" <<EOF
# Written by scripts/engines/podman.sh (netlab's engine matrix); rewritten on every up.
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]

[network]
network_backend = "netavark"
network_config_dir = "$STATE/networks"

[engine]
cgroup_manager = "cgroupfs"
runtime = "runc"
events_logger = "file"
events_logfile_path = "$RUNTIME/events.log"
tmp_dir = "$RUNTIME/libpod"
exit_command_delay = 30
static_dir = "$STATE/storage/libpod"
volume_path = "$STATE/volumes"
EOF
  cat >"$CONTAINERS_STORAGE_CONF" <<EOF
# Written by scripts/engines/podman.sh; its own store, not /var/lib/containers/storage.
[storage]
driver = "overlay"
graphroot = "$STATE/storage"
runroot = "$RUNTIME/storage"
EOF
  # DNS rule: aardvark-dns forwards the names it does not know to the servers of /etc/resolv.conf
  # as it sees it; the service runs in a private mount namespace where that file names this host
  # only, and netavark (hence aardvark) inherits it (status shows what each aardvark-dns sees).
  # 127.0.0.1 alone is not enough: podman drops loopback servers from what it copies into a
  # container and, left with none, writes 8.8.8.8 and 8.8.4.4 there. 0.0.0.0 is not dropped and
  # means "this host" wherever it is used: the container's own loopback, or the host's for aardvark.
  printf 'nameserver 127.0.0.1\nnameserver 0.0.0.0\n' >"$STATE/resolv.conf"
}

up() {
  [ "$(id -u)" = 0 ] || die "needs root (rootful podman service)."
  if answers; then
    say "already answers on $SOCK"
    echo "DOCKER_HOST=$DOCKER_HOST"
    return 0
  fi
  ensure_packages
  local pid
  pid=$(running_pid podman || true)
  if [ -z "$pid" ]; then
    write_config
    rm -f "$SOCK"
    say "starting podman system service (log: $LOG)..."
    start_with_resolv "$STATE/resolv.conf" podman system service --time=0 "unix://$SOCK"
    pid=$(cat "$PIDFILE")
  else
    say "service (pid $pid) runs but does not answer yet; waiting for it."
  fi
  local waited=0
  wait_for_answer "$pid" || waited=$?
  [ "$waited" = 1 ] && rm -f "$PIDFILE"
  [ "$waited" = 0 ] || exit 1
  say "podman $(podman --remote --url "unix://$SOCK" version --format '{{.Server.Version}}' 2>/dev/null)"
  say "its /etc/resolv.conf: $(nsenter -t "$pid" -m cat /etc/resolv.conf | tr '\n' ' ')"
  echo "DOCKER_HOST=$DOCKER_HOST"
}

# The processes in the service's mount namespace: itself and what it started (conmon, which
# leaves the service's process tree, and aardvark-dns, which daemonizes) and nothing else.
in_its_namespace() {
  local ns=$1 d
  for d in /proc/[0-9]*; do
    [ "$(readlink "$d/ns/mnt" 2>/dev/null)" = "$ns" ] && echo "${d#/proc/}"
  done
  return 0
}

# Where aardvark-dns sends what it does not know: the resolv.conf in its own mount namespace.
aardvark_upstreams() {
  local p
  for p in $(pgrep -x aardvark-dns || true); do
    echo "aardvark-dns pid $p: $(nsenter -t "$p" -m cat /etc/resolv.conf | grep nameserver | tr '\n' ' ')"
  done
}

# netavark 1.4 leaves firewall rules behind for bridges it has torn down (NETAVARK_ISOLATION_*
# rules naming a podmanN that no longer exists, empty per-network NAT chains). They are dead, but a
# later network that gets the same bridge name would inherit their DROP: remove them, and only them.
drop_dead_netavark_rules() {
  local table rule dev chain
  for table in filter nat; do
    while read -r rule; do
      dev=$(grep -o -- '-[io] podman[0-9]*' <<<"$rule" | head -n1 | cut -d' ' -f2 || true)
      if [ -z "$dev" ] || ip link show "$dev" >/dev/null 2>&1; then continue; fi
      # shellcheck disable=SC2086 # the rule's words, as iptables -S printed them
      iptables -t "$table" ${rule/-A /-D } 2>/dev/null && say "removed dead netavark rule ($table): $rule"
    done < <(iptables -t "$table" -S 2>/dev/null | grep -- '^-A NETAVARK')
    for chain in $(iptables -t "$table" -S 2>/dev/null | awk '/^-N NETAVARK-D[NS]-/ { print $2 }'); do
      # -X refuses a chain that still has rules or is still jumped to.
      [ "$(iptables -t "$table" -S "$chain" | wc -l)" = 1 ] && iptables -t "$table" -X "$chain" 2>/dev/null &&
        say "removed empty netavark chain ($table): $chain"
    done
  done
  return 0
}

down() {
  local pid ns pids p i
  pid=$(running_pid podman || true)
  if [ -z "$pid" ]; then
    say "not running (no live service in $PIDFILE)"
  else
    ns=$(readlink "/proc/$pid/ns/mnt")
    if answers; then
      say "stopping the containers on it..."
      timeout 60 podman --remote --url "unix://$SOCK" stop --all --time 2 >/dev/null 2>&1 || say "(stopping the containers failed or timed out)"
    fi
    pids=$(in_its_namespace "$ns")
    say "stopping the service (pid $pid) and what it started ($(echo "$pids" | wc -w) processes)..."
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 30; i++)); do [ -d "/proc/$pid" ] || break; sleep 0.5; done
    for p in $pids; do
      [ "$p" = "$pid" ] && ! [ -d "/proc/$p" ] && continue
      [ -d "/proc/$p" ] && [ "$(readlink "/proc/$p/ns/mnt" 2>/dev/null)" = "$ns" ] && kill -TERM "$p" 2>/dev/null
    done
    sleep 1
    for p in $pids; do
      if [ -d "/proc/$p" ] && [ "$(readlink "/proc/$p/ns/mnt" 2>/dev/null)" = "$ns" ]; then
        kill -KILL "$p" 2>/dev/null && say "killed pid $p ($(cat "/proc/$p/comm" 2>/dev/null || echo gone))"
      fi
    done
    say "stopped"
  fi
  rm -f "$PIDFILE"
  drop_dead_netavark_rules
  if [ "${1:-}" = "--purge" ]; then
    rm -rf "${RUNTIME:?}" "${STATE:?}"
    say "removed its state ($RUNTIME, $STATE)"
  fi
}

status() { report_status podman aardvark_upstreams; }

dispatch "$@"
