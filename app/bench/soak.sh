#!/usr/bin/env bash
# Soak on the embedded default (see BENCHMARKS.md "Soak"): starts the built WAR on Payara Micro with the JVM
# options of the run command (app/src/main/payara/jvm.options, which run.sh passes) and a
# GC log, on port 18640 with its own data under /tmp/eldercare-soak, and runs cn.eldercare.app.bench.Soak:
# it seeds through the API, measures the capacity of the mixed workload and sends it at half of that for
# SOAK_MINUTES (default 30), printing a line a minute (latency, errors, heap after GC, RSS, threads).
#
#   app/bench/soak.sh                              # about 35 minutes
#   SOAK_MINUTES=5 app/bench/soak.sh               # a short run
#   SOAK_RATE=60 app/bench/soak.sh                 # a given rate (req/s) instead of half the capacity
#   BENCH_JFR=1 app/bench/soak.sh                  # also a Flight Recorder profile ($WORK/server.jfr)
#   JAVA_OPTS="-Xmx384m ..." app/bench/soak.sh     # other JVM options than the run command's
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${BENCH_PORT:-18640}
WORK=${BENCH_DIR:-/tmp/eldercare-soak}
PAYARA=${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "port $PORT is already in use; stop that server or set BENCH_PORT" >&2
  exit 1
fi
if [[ ! -f app/target/eldercare.war ]]; then
  echo "== building the WAR"
  mvn -q -pl app -am package -DskipTests
fi
rm -rf "$WORK"
mkdir -p "$WORK"

echo "== compiling the driver"
mvn -q -o -pl app -am package dependency:build-classpath -DskipTests -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
DEPS=$(cat app/target/bench.classpath)
javac -encoding UTF-8 --release 17 -d "$WORK/driver" -cp "$DEPS" app/src/test/java/cn/eldercare/app/bench/*.java
cp app/target/eldercare.war "$WORK/eldercare.war"
# a copy under another name: every `mvn verify` on this machine stops processes naming the jar in ~/.m2
cp "$PAYARA" "$WORK/micro.jar"

# the run command's JVM options, exactly as run.sh passes them (JAVA_OPTS, when set, replaces them, as in run.sh)
if [[ -n "${JAVA_OPTS:-}" ]]; then
  read -r -a JVM <<<"$JAVA_OPTS"
else
  mapfile -t JVM < <(grep -v '^#' app/src/main/payara/jvm.options)
fi
echo "== Payara Micro on port $PORT with ${JVM[*]} (log: $WORK/server.log)"
java "${JVM[@]}" -Xlog:gc:file="$WORK/gc.log" \
  ${BENCH_JFR:+-XX:StartFlightRecording=filename=$WORK/server.jfr,settings=profile,dumponexit=true} \
  -Dh2.baseDir="$WORK" -Ddata.dir="$WORK/data" -Dtrusted.proxies=127.0.0.1 -Dcerts.verify.trusted-proxies=127.0.0.1 \
  -jar "$WORK/micro.jar" --deploy "$WORK/eldercare.war" --contextroot / --port "$PORT" --nocluster \
  --rootDir "$WORK/payara" --prebootcommandfile app/src/main/payara/preboot.asadmin >"$WORK/server.log" 2>&1 &
SERVER=$!
stop_server() {
  if kill -0 "$SERVER" 2>/dev/null; then
    kill "$SERVER"
    for _ in $(seq 1 30); do kill -0 "$SERVER" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER" 2>/dev/null || true
  fi
}
trap stop_server EXIT

until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready"; do
  kill -0 "$SERVER" 2>/dev/null || { echo "the server died; see $WORK/server.log" >&2; exit 1; }
  sleep 1
done
echo "== ready; RSS after start-up and the demo data: $(awk '/VmRSS/ {print int($2/1024) " MB"}' /proc/$SERVER/status)"

java -Xmx512m -cp "$WORK/driver:$DEPS" -Dbench.baseUrl="http://127.0.0.1:$PORT" -Dbench.serverPid="$SERVER" \
  -Dbench.gcLog="$WORK/gc.log" -Dbench.minutes="${SOAK_MINUTES:-30}" -Dbench.rate="${SOAK_RATE:-0}" \
  ${JAVA_OPTS_BENCH:-} cn.eldercare.app.bench.Soak
echo "== ledger files: $(du -sb "$WORK/data" | cut -f1) bytes in $WORK/data; H2: $(du -cb "$WORK"/*.mv.db 2>/dev/null | tail -1 | cut -f1) bytes"
grep -c "No ComponentInvocation present" "$WORK/server.log" | sed 's/^/== "No ComponentInvocation present" in the server log: /' || true
