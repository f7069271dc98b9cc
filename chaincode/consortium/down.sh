#!/usr/bin/env bash
# Stops the consortium: every process up.sh, deploy.sh and node.sh started (by the pids they
# recorded, each leading its own process group: SIGTERM, up to 10 s, then SIGKILL), then anything
# still running inside the organisations' namespaces, then removes the namespaces (their veth
# ends go with them), the veth host ends and the bridge, and $CONSORTIUM_NET_DIR (kept with
# KEEP_WORK=1). Checks that no process, namespace, link or listening address is left; exits 1 if one is.
# Safe to run any number of times, also after a failed up.sh.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

stopped=0
if [ -d "$WORK/pids" ]; then
  for pidfile in "$WORK"/pids/*.pid; do
    [ -e "$pidfile" ] || continue
    name="$(basename "$pidfile" .pid)"
    pid="$(cat "$pidfile")"
    if [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid" && ours "$pid"; then
      stopped=$((stopped + 1))
    fi
    # chaincode servers first would make peers log errors; order does not matter for correctness
    stop_process "$name" &
  done
  wait
fi

# Whatever still runs in one of our namespaces (a process started by hand, or whose pid file was
# lost) would keep the namespace alive: SIGTERM, then SIGKILL.
ns_pids() {
  local org n
  for org in "${ORGS[@]}"; do
    n="$(ns "$org")"
    ip netns list 2>/dev/null | grep -qw "$n" && ip netns pids "$n" 2>/dev/null
  done
  return 0
}
left="$(ns_pids | paste -sd' ')"
if [ -n "$left" ]; then
  echo "stopping processes still in the namespaces: $left"
  # shellcheck disable=SC2086 # pids are words
  kill -TERM $left 2>/dev/null || true
  deadline=$((SECONDS + 10))
  while [ -n "$(ns_pids)" ] && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
  left="$(ns_pids | paste -sd' ')"
  # shellcheck disable=SC2086
  if [ -n "$left" ]; then kill -KILL $left 2>/dev/null || true; fi
  sleep 0.5
fi

# Nothing may still listen inside a namespace (its addresses exist only there; once the bridge is
# gone, a connection to them leaves by the default route, so they cannot be probed from outside).
listening=()
for org in "${ORGS[@]}"; do
  if ip netns list 2>/dev/null | grep -qw "$(ns "$org")"; then
    sockets="$(in_ns "$org" ss -Hltn 2>/dev/null | awk '{print $4}' | paste -sd' ')"
    [ -n "$sockets" ] && listening+=("$(ns "$org"): $sockets")
  fi
done

for org in "${ORGS[@]}"; do
  if ip netns list 2>/dev/null | grep -qw "$(ns "$org")"; then
    ip netns delete "$(ns "$org")"
  fi
done
# Deleting a namespace deletes its veth end and so the pair, but the kernel does it a moment later;
# a host end still there after that (a half-made pair) is deleted here.
links_left() {
  local org
  for org in "${ORGS[@]}"; do
    ip link show "$NS_PREFIX-$org" >/dev/null 2>&1 && return 0
  done
  return 1
}
deadline=$((SECONDS + 5))
while links_left && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
for org in "${ORGS[@]}"; do
  ip link delete "$NS_PREFIX-$org" 2>/dev/null || true
done
if ip link show "$BRIDGE" >/dev/null 2>&1; then
  ip link delete "$BRIDGE"
fi

# What must be gone now: processes, namespaces, links, listening sockets.
problems=()
for entry in "${listening[@]}"; do problems+=("still listening in $entry"); done
remaining="$(ns_pids | paste -sd' ')"
[ -n "$remaining" ] && problems+=("processes in the namespaces: $remaining")
for org in "${ORGS[@]}"; do
  ip netns list 2>/dev/null | grep -qw "$(ns "$org")" && problems+=("namespace $(ns "$org")")
  ip link show "$NS_PREFIX-$org" >/dev/null 2>&1 && problems+=("link $NS_PREFIX-$org")
  if [ -d "$WORK/pids" ] && [ -f "$WORK/pids/$org-peer.pid" ]; then problems+=("pid file $org-peer"); fi
done
ip link show "$BRIDGE" >/dev/null 2>&1 && problems+=("bridge $BRIDGE")
if [ ${#problems[@]} -gt 0 ]; then
  printf 'error: left behind: %s\n' "${problems[@]}" >&2
  echo "consortium NOT fully down; $WORK kept" >&2
  exit 1
fi
if [ -z "${KEEP_WORK:-}" ]; then
  rm -rf "$WORK"
fi
echo "consortium down: $stopped processes stopped; namespaces, veths and bridge $BRIDGE removed"
