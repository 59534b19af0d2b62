# shellcheck shell=bash
# What rootless.sh and podman.sh share. Sourced after they set ENGINE (a name for messages),
# PIDFILE, LOG, WAIT_SECONDS and define answers (does the engine answer on its socket?).

say() { echo "$ENGINE: $*"; }
die() { echo "$ENGINE: $*" >&2; exit 1; }

# A live (not zombie) process.
alive() { [ -d "/proc/$1" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }

# The pid in PIDFILE if it is a live process named $1 (the daemon, once its exec chain is through).
running_pid() {
  local pid
  pid=$(cat "$PIDFILE" 2>/dev/null || true)
  [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$1" ] && alive "$pid" && echo "$pid"
}

# Installs the Debian packages named, if any (apt-get update first).
install_missing() {
  [ $# -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || die "missing $* and no apt-get to install them."
  say "installing $* from Debian's packages..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Starts "$@" in the background in a mount namespace of its own where /etc/resolv.conf is the
# file $1 (the DNS rule: what the engine forwards names to), its output to LOG, its pid to PIDFILE.
# setsid, unshare and sh all exec: the pid is the command's own.
start_with_resolv() {
  local resolv=$1
  shift
  # shellcheck disable=SC2016 # $1... are expanded by the inner sh
  setsid unshare --mount --propagation private sh -c '
    mount --bind "$1" /etc/resolv.conf || exit 1
    shift
    exec "$@"' sh "$resolv" "$@" </dev/null >"$LOG" 2>&1 &
  echo "$!" >"$PIDFILE"
}

# Waits, with WAIT_SECONDS as the bound, for the engine started as pid $1 to answer.
# 0: it answers; 1: the process exited (its log shown); 2: no answer in time (its log shown).
wait_for_answer() {
  local pid=$1 i
  for ((i = 0; i < WAIT_SECONDS * 2; i++)); do
    if answers; then
      say "answers after $((i / 2))s"
      return 0
    fi
    # Until the exec chain (unshare, sh, setpriv...) has reached the daemon, its comm is another
    # name: while starting, alive is what counts.
    if ! alive "$pid"; then
      echo "$ENGINE: the daemon exited while starting. Its last log lines:" >&2
      tail -n 30 "$LOG" >&2 || true
      return 1
    fi
    [ $((i % 20)) -eq 19 ] && say "still waiting ($((i / 2 + 1))s)..."
    sleep 0.5
  done
  echo "$ENGINE: no answer within ${WAIT_SECONDS}s. Its last log lines:" >&2
  tail -n 30 "$LOG" >&2 || true
  return 2
}

# status: exit 0 only if it answers; $1 names the daemon's process, $2 an extra report to run.
report_status() {
  local pid
  pid=$(running_pid "$1" || true)
  if answers; then
    say "answers on ${DOCKER_HOST#unix://} ($1 pid ${pid:-unknown})"
    [ -z "${2:-}" ] || "$2"
    echo "DOCKER_HOST=$DOCKER_HOST"
  elif [ -n "$pid" ]; then
    say "$1 (pid $pid) runs but the engine does not answer"; return 1
  else
    say "not running"; return 1
  fi
}

# The command line: up | down [--purge] | status, run by the functions of those names.
dispatch() {
  case "${1:-}" in
    up) up ;;
    down) down "${2:-}" ;;
    status) status ;;
    *) echo "usage: $0 up|down [--purge]|status" >&2; exit 2 ;;
  esac
}
