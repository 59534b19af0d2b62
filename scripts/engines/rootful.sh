#!/usr/bin/env bash
# The rootful Docker engine at /var/run/docker.sock for netlab's engine matrix, through
# scripts/start-engine.sh. It is usually a shared engine (a maintainer's, CI's): up starts one only
# where none answers, and down stops only an engine that this script started, as recorded on up.
#   up      make sure it answers (start it through start-engine.sh if not) and print DOCKER_HOST
#   down    stop it if, and only if, this script started it (pid and start time match the record)
#   status  say whether it answers and whose it is; exit 0 only if it answers
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE=${NETLAB_ROOTFUL_STATE:-/var/lib/netlab-rootful}
RECORD=$STATE/started-by-engines.sh
export DOCKER_HOST=unix:///var/run/docker.sock

say() { echo "rootful: $*"; }

answers() { timeout 5 docker info >/dev/null 2>&1; }

# Field 22 of /proc/PID/stat: the start time, which tells a recycled pid from the one recorded.
start_time() { awk '{ sub(/^.*\) /, ""); print $20 }' "/proc/$1/stat" 2>/dev/null; }

# The dockerd this script started, if it is still the one running.
ours() {
  local pid when
  [ -f "$RECORD" ] || return 1
  read -r pid when <"$RECORD"
  [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = dockerd ] && [ "$(start_time "$pid")" = "$when" ] && echo "$pid"
}

up() {
  if answers; then
    if ours >/dev/null; then say "answers (started by this script earlier)"; else say "answers (not started by this script: left as it is)"; fi
    echo "DOCKER_HOST=$DOCKER_HOST"
    return 0
  fi
  rm -f "$RECORD"
  local before pid
  before=$(cat /var/run/docker.pid 2>/dev/null || true)
  bash "$HERE/../start-engine.sh"
  pid=$(cat /var/run/docker.pid 2>/dev/null || true)
  if [ -n "$pid" ] && [ "$pid" != "$before" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = dockerd ]; then
    mkdir -p "$STATE"
    echo "$pid $(start_time "$pid")" >"$RECORD"
    say "started dockerd (pid $pid); down will stop it"
  fi
  echo "DOCKER_HOST=$DOCKER_HOST"
}

down() {
  local pid i
  if ! pid=$(ours); then
    say "not started by this script: left running"
    rm -f "$RECORD"
    return 0
  fi
  say "stopping dockerd (pid $pid), which this script started..."
  kill -TERM "$pid"
  for ((i = 0; i < 60; i++)); do [ -d "/proc/$pid" ] || break; sleep 0.5; done
  if [ -d "/proc/$pid" ]; then
    echo "rootful: dockerd (pid $pid) still runs after 30s; left as it is (try scripts/start-engine.sh --restart)" >&2
    return 1
  fi
  rm -f "$RECORD"
  say "stopped"
}

status() {
  if answers; then
    if ours >/dev/null; then say "answers (started by this script)"; else say "answers (not started by this script)"; fi
    echo "DOCKER_HOST=$DOCKER_HOST"
  else
    say "does not answer"; return 1
  fi
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
