#!/usr/bin/env bash
# Make sure a Docker engine answers. Used by .ci/run and by maintainers on a bare Linux machine.
# Where a daemon already answers, it is used as it is. Otherwise (Debian/Ubuntu, as root) install
# docker.io, busybox-static (for the offline lab image) and iputils-ping, start dockerd in the
# background and wait for it, with a bound.
#   --restart  stop the dockerd (and containerd) running here first: the way out when the engine is
#              stuck (Docker 20.10 before 20.10.27 can deadlock its network controller: moby/moby#42545)
#
# A dockerd this script starts itself (CI's, the selftest's) runs with a default bridge that no
# default gives away, so that an answer typed in from memory (172.17.0.0/16, 172.17.0.1, docker0)
# fails the course's checks: its own Linux bridge, netlab0 (dockerd -b needs the bridge to exist, so
# it is made here), holding the first address of a /24 no host route uses (read from ip route).
# The engine reads the subnet and gateway from that bridge. An engine that already answers, a
# maintainer's own, is used as it is, never reconfigured; the course holds on either.
#   NETLAB_ENGINE_DEFAULTS=1  start dockerd with Docker's defaults instead (docker0, 172.17.0.0/16)
set -euo pipefail
# shellcheck source=scripts/engines/free-range.sh
. "$(dirname "${BASH_SOURCE[0]}")/engines/free-range.sh"
BRIDGE=netlab0

if [ "${1:-}" = "--restart" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "netlab: restarting the engine needs root (or: sudo systemctl restart docker)." >&2
    exit 1
  fi
  echo "netlab: stopping the running engine (dockerd, containerd and their shims)..."
  # A deadlocked daemon does not honour SIGTERM; its containers go with it and are reaped by label later.
  pkill -9 -x dockerd 2>/dev/null || true
  pkill -9 -x containerd 2>/dev/null || true
  pkill -9 -f containerd-shim 2>/dev/null || true
  for ((i = 0; i < 20; i++)); do pgrep -x dockerd >/dev/null || break; sleep 0.25; done
  rm -f /var/run/docker.pid /var/run/docker/containerd/containerd.pid
  # The docker0 the stopped engine made: no engine uses it once the next one runs on netlab0.
  if [ -z "${NETLAB_ENGINE_DEFAULTS:-}" ] && ip link show docker0 >/dev/null 2>&1 && [ -z "$(ip link show master docker0 2>/dev/null)" ]; then
    ip link delete docker0 && echo "netlab: removed docker0 (left by the stopped engine; the next one runs on $BRIDGE)"
  fi
fi

WAIT_SECONDS=${NETLAB_ENGINE_WAIT:-60}
LOG=${NETLAB_DOCKERD_LOG:-/tmp/netlab-dockerd.log}

answers() { timeout 5 docker info >/dev/null 2>&1; }

need_pkgs=()
command -v docker >/dev/null 2>&1 || need_pkgs+=(docker.io)
command -v dockerd >/dev/null 2>&1 || need_pkgs+=(docker.io)
[ -x /bin/busybox ] || [ -x /usr/bin/busybox ] || need_pkgs+=(busybox-static)
command -v ping >/dev/null 2>&1 || need_pkgs+=(iputils-ping)

if answers && [ ${#need_pkgs[@]} -eq 0 ]; then
  echo "netlab: a Docker engine answers ($(docker version --format '{{.Server.Version}}' 2>/dev/null)); using it."
  exit 0
fi

if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "netlab: missing ${need_pkgs[*]} and cannot install them here (needs root and apt-get)." >&2
    echo "Install Docker for your system (https://docs.docker.com/engine/install/) and start it." >&2
    exit 1
  fi
  echo "netlab: installing ${need_pkgs[*]} from Debian's packages..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
  echo "netlab: installed ${need_pkgs[*]}"
fi

if answers; then
  echo "netlab: a Docker engine answers; using it."
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  echo "netlab: no Docker engine answers and starting dockerd needs root." >&2
  echo "Start your engine (Docker Desktop, 'sudo systemctl start docker' or 'colima start') and retry." >&2
  exit 1
fi

# A pid file left by a daemon that was killed makes dockerd refuse to start. It is stale unless its
# pid is a live (not zombie) dockerd: after a reboot or a kill the number may belong to anyone.
is_live_dockerd() {
  local pid=$1
  [ -r "/proc/$pid/comm" ] && [ "$(cat "/proc/$pid/comm")" = dockerd ] &&
    ! grep -q '^State:[[:space:]]*Z' "/proc/$pid/status" 2>/dev/null
}
# netlab0 with an IPv4 address: kept as it is when it has one (a restart keeps the engine's subnet),
# else given the first address of a free /24. False (dockerd then makes docker0) when that fails.
own_bridge() {
  local c
  if ! ip link show "$BRIDGE" >/dev/null 2>&1; then
    ip link add name "$BRIDGE" type bridge || return 1
  fi
  if ! ip -4 -o addr show dev "$BRIDGE" | grep -q inet; then
    for c in 10.203.0.0/24 10.193.0.0/24 10.183.0.0/24 172.28.203.0/24; do
      if free_of_routes "$c"; then ip addr add "${c%.0/24}.1/24" dev "$BRIDGE" && break; fi
    done
  fi
  ip link set "$BRIDGE" up
  ip -4 -o addr show dev "$BRIDGE" | grep -q inet || { echo "netlab: no free /24 for $BRIDGE; dockerd makes docker0." >&2; return 1; }
  echo "netlab: the default bridge will be $BRIDGE, $(ip -4 -o addr show dev "$BRIDGE" | awk '{print $4}')"
}

live=""
pid=$(cat /var/run/docker.pid 2>/dev/null || true)
if [ -n "$pid" ] && is_live_dockerd "$pid"; then
  live=$pid
  echo "netlab: dockerd (pid $live) runs but does not answer yet; waiting for it."
else
  rm -f /var/run/docker.pid /var/run/docker/containerd/containerd.pid
  args=()
  if [ -z "${NETLAB_ENGINE_DEFAULTS:-}" ] && own_bridge; then args=(--bridge "$BRIDGE"); fi
  echo "netlab: starting dockerd ${args[*]} in the background (log: $LOG)..."
  nohup dockerd "${args[@]}" >"$LOG" 2>&1 &
  daemon=$!
fi
for ((i = 0; i < WAIT_SECONDS * 2; i++)); do
  if answers; then
    echo "netlab: dockerd answers after $((i / 2))s."
    exit 0
  fi
  # A daemon that exited will not answer: say why at once instead of waiting out the bound.
  if [ -n "${daemon:-}" ] && ! is_live_dockerd "$daemon"; then
    echo "netlab: dockerd exited while starting. Its last log lines:" >&2
    tail -n 30 "$LOG" >&2 || true
    exit 1
  fi
  sleep 0.5
done
echo "netlab: dockerd did not answer within ${WAIT_SECONDS}s. Its last log lines:" >&2
tail -n 30 "$LOG" >&2 || true
exit 1
