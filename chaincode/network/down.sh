#!/usr/bin/env bash
# Stops what up.sh and deploy.sh started (by the pids they recorded) and removes $TIMEBANK_NET_DIR.
set -euo pipefail
source "$(dirname "$0")/common.sh"
if [ -d "$WORK/pids" ]; then
  for pidfile in "$WORK"/pids/*.pid; do
    [ -e "$pidfile" ] || continue
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 1 20); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
      done
    fi
    rm -f "$pidfile"
  done
fi
rm -rf "$WORK"
echo "network down"
