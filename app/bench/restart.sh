#!/usr/bin/env bash
# Time to healthy after a crash, on the embedded default (see BENCHMARKS.md "Time to healthy after a
# crash"): starts the built WAR on Payara Micro as run.sh does (its JVM options, the WAR exploded; port 18484,
# its own data under /tmp/eldercare-restart-bench), waits until it is ready, kills it with SIGKILL, and times each of
# RESTARTS restarts (default 3) from the start of the JVM to /health/ready UP and a sign-in that works.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${BENCH_PORT:-18484}
WORK=${BENCH_DIR:-/tmp/eldercare-restart-bench}
RESTARTS=${RESTARTS:-3}
# another build to compare, e.g. the WAR of an earlier commit
WAR=${BENCH_WAR:-app/target/eldercare.war}
PAYARA=${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}

if [[ ! -f "$WAR" ]]; then
  mvn -q -pl app -am package -DskipTests
fi
rm -rf "$WORK"
mkdir -p "$WORK"
# deployed as run.sh deploys it: the WAR's exploded directory
unzip -q "$WAR" -d "$WORK/eldercare"
# a copy under another name: every `mvn verify` on this machine stops processes naming the jar in ~/.m2
cp "$PAYARA" "$WORK/micro.jar"

# the run command's JVM options, exactly as run.sh passes them
mapfile -t JVM < <(grep -v '^#' app/src/main/payara/jvm.options)

SERVER=
trap '[[ -n "$SERVER" ]] && kill -9 "$SERVER" 2>/dev/null || true' EXIT

# Starts the server on the same data, as after a crash, and sets ELAPSED to the seconds until it serves
# (not in a subshell: SERVER must stay set for the next kill).
start() {
  rm -rf "$WORK/payara"
  local t0
  t0=$(date +%s%3N)
  java "${JVM[@]}" -Dh2.baseDir="$WORK" -Ddata.dir="$WORK/data" -jar "$WORK/micro.jar" \
    --prebootcommandfile app/src/main/payara/preboot.asadmin --deploy "$WORK/eldercare" --contextroot / \
    --port "$PORT" --nocluster --rootDir "$WORK/payara" >>"$WORK/server.log" 2>&1 &
  SERVER=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready" \
      && [[ $(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
             -d '{"username":"regulator","password":"Demo#2026"}' "http://127.0.0.1:$PORT/api/auth/login") == 200 ]]; do
    kill -0 "$SERVER" 2>/dev/null || { echo "server died, see $WORK/server.log" >&2; exit 1; }
    sleep 0.2
  done
  local ms=$(( $(date +%s%3N) - t0 ))
  ELAPSED=$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))
}

echo "JVM options of the run command: ${JVM[*]}; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
start
echo "first start (empty database, demo data): $ELAPSED s"
for i in $(seq 1 "$RESTARTS"); do
  kill -9 "$SERVER"
  wait "$SERVER" 2>/dev/null || true
  start
  echo "restart $i after kill -9: $ELAPSED s to ready and a working sign-in (load average $(cut -d' ' -f1-3 /proc/loadavg))"
done
