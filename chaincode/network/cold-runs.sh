#!/usr/bin/env bash
# Cold runs of the whole cycle, N times (default 5): up.sh, deploy.sh, smoke.sh, down.sh, each
# timed, then a check that no process of the network is left and no port listens. Stops at the
# first failure. Prints one table row per run. Exits 77 without Fabric binaries.
set -uo pipefail
NETWORK="$(cd "$(dirname "$0")" && pwd)"
source "$NETWORK/common.sh"
RUNS="${1:-5}"
LOG="${COLD_RUNS_LOG:-/tmp/timebank-cold-runs.log}"
: >"$LOG"
echo "| run | up | deploy | smoke | down | left after down |"
echo "|---|---|---|---|---|---|"
for run in $(seq 1 "$RUNS"); do
  row="| $run"
  for phase in up deploy smoke down; do
    start=$(date +%s.%N)
    echo "=== run $run: $phase.sh" >>"$LOG"
    "$NETWORK/$phase.sh" >>"$LOG" 2>&1
    rc=$?
    [ "$rc" -eq 77 ] && { tail -n 1 "$LOG"; exit 77; }
    secs=$(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)")
    if [ "$rc" -ne 0 ]; then
      echo "$row | $phase.sh FAILED (exit $rc after ${secs}s) |"
      tail -n 30 "$LOG"
      [ "$phase" != down ] && "$NETWORK/down.sh" >>"$LOG" 2>&1
      exit 1
    fi
    row="$row | ${secs}s"
  done
  ports="$(ss -ltn 2>/dev/null | awk '{print $4}' | grep -E "^127\.0\.0\.1:($(IFS='|'; echo "${NETWORK_PORTS[*]}"))$" | tr '\n' ' ')"
  procs="$(pgrep -af "$WORK|peer node start|orderer$|ccaas.jar" | grep -v -e pgrep -e cold-runs | tr '\n' ';')"
  if [ -n "$ports$procs" ] || [ -e "$WORK" ]; then
    echo "$row | LEFT: ports [$ports] processes [$procs] work dir $([ -e "$WORK" ] && echo kept || echo gone) |"
    exit 1
  fi
  echo "$row | nothing (no port, no process, $WORK gone) |"
done
