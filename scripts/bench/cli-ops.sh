#!/usr/bin/env bash
# The docker CLI side of `npm run bench`: the course's basic operations as a learner types them,
# each timed inside this shell (bash's $EPOCHREALTIME, no extra process), printed as "op ms exit".
#
#   cli-ops.sh setup          the probe fixture: network P-pnet with p1, p2; q on the default bridge
#   cli-ops.sh round N        run, network create, connect, exec, and three probes; then removes r/n
#
# Environment (set by scripts/bench/cli-side.ts): NL_PREFIX, NL_IMAGE, NL_RUN, NL_PID, NL_HOST,
# NL_CREATED. Everything made here carries netlab's labels, so netlab's teardown and reaper find it.
set -u

P="$NL_PREFIX"
LABELS=(--label netlab=1 --label "netlab.run=$NL_RUN" --label netlab.lab=cli --label "netlab.pid=$NL_PID"
  --label "netlab.host=$NL_HOST" --label "netlab.created=$NL_CREATED")
# What the Lab sets on every bridged container: name lookups end on the container's own loopback.
DNS=(--dns 127.0.0.1 --dns-option timeout:1 --dns-option attempts:1)

now_us() { echo "${EPOCHREALTIME/./}"; }

# timed OP CMD...: runs CMD with its output dropped, prints "OP milliseconds exit-code".
timed() {
  local op="$1" start end code
  shift
  start=$(now_us)
  "$@" >/dev/null 2>&1
  code=$?
  end=$(now_us)
  echo "$op $(((end - start) / 1000)).$(((end - start) % 1000 / 100)) $code"
}

case "${1:-}" in
  setup)
    docker network create "${LABELS[@]}" --label netlab.name=pnet "$P-pnet" >/dev/null || exit 1
    for c in p1 p2; do
      docker run -d --name "$P-$c" --hostname "$c" --network "$P-pnet" --network-alias "$c" "${LABELS[@]}" \
        --label "netlab.name=$c" "${DNS[@]}" "$NL_IMAGE" sleep 86400 >/dev/null || exit 1
    done
    docker run -d --name "$P-q" --hostname q "${LABELS[@]}" --label netlab.name=q "${DNS[@]}" "$NL_IMAGE" sleep 86400 >/dev/null || exit 1
    # p2's address on pnet: the target of the "silent" probe (q is on the default bridge, isolated from it).
    docker inspect -f "{{(index .NetworkSettings.Networks \"$P-pnet\").IPAddress}}" "$P-p2"
    ;;
  round)
    n="$2"
    timed start docker run -d --name "$P-r$n" --hostname "r$n" "${LABELS[@]}" --label "netlab.name=r$n" "${DNS[@]}" "$NL_IMAGE" sleep 86400
    timed network docker network create "${LABELS[@]}" --label "netlab.name=n$n" "$P-n$n"
    timed connect docker network connect --alias "r$n" "$P-n$n" "$P-r$n"
    timed exec docker exec "$P-r$n" true
    timed probe_pos docker exec "$P-p1" ping -c 1 -W 1 p2
    timed probe_neg_name docker exec "$P-q" ping -c 1 -W 1 p2
    timed probe_neg_dns docker exec "$P-p1" ping -c 1 -W 1 q
    timed probe_neg_silent docker exec "$P-q" ping -c 1 -W 1 "$3"
    docker rm -f "$P-r$n" >/dev/null 2>&1
    docker network rm "$P-n$n" >/dev/null 2>&1
    ;;
  *)
    echo "usage: cli-ops.sh setup | round N P2_ADDRESS" >&2
    exit 2
    ;;
esac
