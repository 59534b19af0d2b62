# shellcheck shell=bash
# Address ranges free on this host: what rootless.sh and start-engine.sh pick an engine's default bridge from.

ip2int() { local IFS=.; read -r a b c d <<<"$1"; echo $(((a << 24) | (b << 16) | (c << 8) | d)); }

# True when the CIDR $1 overlaps no IPv4 route of the host (default route aside).
free_of_routes() {
  local net=${1%/*} len=${1#*/} lo hi r rnet rlen rlo rhi
  lo=$(ip2int "$net"); hi=$((lo + (1 << (32 - len)) - 1))
  while read -r r; do
    case $r in default*|'') continue ;; esac
    r=${r%% *}; rnet=${r%/*}; rlen=32; [ "$r" != "$rnet" ] && rlen=${r#*/}
    rlo=$(ip2int "$rnet"); rlo=$((rlo & ~((1 << (32 - rlen)) - 1) & 0xffffffff)); rhi=$((rlo + (1 << (32 - rlen)) - 1))
    [ "$hi" -lt "$rlo" ] || [ "$lo" -gt "$rhi" ] || return 1
  done < <(ip -4 route show table all 2>/dev/null | grep -v '^local\|^broadcast' || ip -4 route)
  return 0
}
