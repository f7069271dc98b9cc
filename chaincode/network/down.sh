#!/usr/bin/env bash
# Stops what up.sh and deploy.sh started, by the pids they recorded (each the leader of its own
# process group, so children go too): SIGTERM, up to 10 s of polling, then SIGKILL. Then checks
# that none of the network's ports is still listening and removes $TIMEBANK_NET_DIR.
# Exits 1 (and keeps the work dir) if a recorded process or a port is left.
set -euo pipefail
source "$(dirname "$0")/common.sh"

# Signals a recorded process and its process group (when it leads one).
signal() {
  local sig="$1" pid="$2"
  if [ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" = "$pid" ]; then
    kill "-$sig" -- "-$pid" 2>/dev/null || true
  fi
  kill "-$sig" "$pid" 2>/dev/null || true
}

pids=()
names=()
if [ -d "$WORK/pids" ]; then
  for pidfile in "$WORK"/pids/*.pid; do
    [ -e "$pidfile" ] || continue
    pid="$(cat "$pidfile")"
    if [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid" && ours "$pid"; then
      pids+=("$pid")
      names+=("$(basename "$pidfile" .pid)")
      signal TERM "$pid"
    fi
  done
fi

left=()
deadline=$((SECONDS + 10))
while true; do
  left=()
  for i in "${!pids[@]}"; do
    alive "${pids[$i]}" && left+=("$i")
  done
  [ ${#left[@]} -eq 0 ] && break
  if [ "$SECONDS" -ge "$deadline" ]; then
    for i in "${left[@]}"; do
      echo "${names[$i]} (pid ${pids[$i]}) ignored SIGTERM for 10 s; sending SIGKILL"
      signal KILL "${pids[$i]}"
    done
    sleep 0.5
    left=()
    for i in "${!pids[@]}"; do
      alive "${pids[$i]}" && left+=("$i")
    done
    break
  fi
  sleep 0.2
done

# The ports close with their processes; allow a moment, then report anything still listening.
busy=()
deadline=$((SECONDS + 5))
while true; do
  busy=()
  for port in "${NETWORK_PORTS[@]}"; do
    if port_open "$port"; then busy+=("$port"); fi
  done
  [ ${#busy[@]} -eq 0 ] || [ "$SECONDS" -ge "$deadline" ] && break
  sleep 0.2
done

if [ ${#left[@]} -gt 0 ] || [ ${#busy[@]} -gt 0 ]; then
  for i in "${left[@]}"; do
    echo "error: ${names[$i]} (pid ${pids[$i]}) is still running" >&2
    ps -o pid,pgid,stat,args -p "$( { echo "${pids[$i]}"; pgrep -g "${pids[$i]}"; } | sort -u | paste -sd, -)" >&2 || true
  done
  if [ ${#busy[@]} -gt 0 ]; then
    echo "error: still listening on 127.0.0.1: ${busy[*]}" >&2
    ss -ltnp 2>/dev/null | grep -E ":($(IFS='|'; echo "${busy[*]}"))\b" >&2 || true
  fi
  echo "network NOT fully down; $WORK kept" >&2
  exit 1
fi
rm -rf "$WORK"
echo "network down: ${#pids[@]} processes stopped, ports ${NETWORK_PORTS[*]} free"
