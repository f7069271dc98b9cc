#!/usr/bin/env bash
# The time bank on a real Fabric network (see BENCHMARKS.md "Time bank on Fabric"):
#
#   app/bench/fabric.sh          # fresh network, the app on it (PostgreSQL eldercare_fabric_bench),
#                                # then FabricLoad: the app over HTTP against a raw fabric-gateway
#                                # driver, 32 in flight, alternating rounds of 60 s; then kill -9 of the
#                                # app under load, a restart, and the read model checked against the ledger
#   BENCH_CRASH_ONLY=1 app/bench/fabric.sh    # only the crash round
#   BENCH_JFR=1 app/bench/fabric.sh           # also records the app server with Java Flight Recorder
#                                             # during the load (/tmp/eldercare-fabric-bench/server.jfr)
#
# Needs the Fabric binaries in $FABRIC_BIN (default /opt/fabric/bin) and PostgreSQL on
# 127.0.0.1:5432 (user postgres, trust auth). Driver settings as JAVA_OPTS_BENCH, e.g.
# JAVA_OPTS_BENCH="-Dbench.seconds=30 -Dbench.rounds=1" (defaults: 90 s unmeasured JIT warm-up of each
# path, then 2 alternating rounds of 10 s warm-up and 60 s measured). Takes about fifteen minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${BENCH_PORT:-18383}
DB=eldercare_fabric_bench
WORK=${BENCH_DIR:-/tmp/eldercare-fabric-bench}
PAYARA=${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
export FABRIC_BIN="${FABRIC_BIN:-/opt/fabric/bin}"
export TIMEBANK_NET_DIR="$WORK/network"
CRASH_AFTER_SECONDS=${BENCH_CRASH_AFTER:-20}

if [[ ! -x "$FABRIC_BIN/peer" ]]; then
  echo "skipped: Fabric binaries not found in $FABRIC_BIN (set FABRIC_BIN)" >&2
  exit 77
fi
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "port $PORT is already in use; stop that server or set BENCH_PORT" >&2
  exit 1
fi

chaincode/network/down.sh >/dev/null 2>&1 || true
rm -rf "$WORK"
mkdir -p "$WORK"

echo "== building the WAR, the chaincode and the driver's class path"
# packaged in the same run, so that the class path names the modules' own jars (nothing need be installed)
mvn -q -pl app -am package dependency:build-classpath -DskipTests -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
echo "== compiling the driver"
DEPS=$(cat app/target/bench.classpath)
javac -encoding UTF-8 --release 17 -d "$WORK/driver" -cp "$DEPS" app/src/test/java/cn/eldercare/app/bench/*.java
CP="$WORK/driver:$DEPS"
cp app/target/eldercare.war "$WORK/eldercare.war"
# a copy under another name: every `mvn verify` on this machine stops processes naming the jar in ~/.m2
cp "$PAYARA" "$WORK/micro.jar"

echo "== a fresh Fabric network in $TIMEBANK_NET_DIR"
trap 'chaincode/network/down.sh >/dev/null 2>&1 || true' EXIT
chaincode/network/up.sh
chaincode/network/deploy.sh
set -a
# shellcheck disable=SC1091
. "$TIMEBANK_NET_DIR/app.env"
set +a

echo "== database $DB"
"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

SERVER=
start_server() {
  rm -rf "$WORK/payara"
  DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD=postgres \
  DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource \
    java -Xms1g -Xmx1g ${BENCH_JFR:+-XX:StartFlightRecording=settings=profile} -Dh2.baseDir="$WORK" -Ddata.dir="$WORK/data" \
      -jar "$WORK/micro.jar" --deploy "$WORK/eldercare.war" --contextroot / --port "$PORT" --nocluster \
      --rootDir "$WORK/payara" >>"$WORK/server.log" 2>&1 &
  SERVER=$!
  local started=$SECONDS
  for i in $(seq 1 300); do
    if curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready" \
        && [[ $(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
               -d '{"username":"regulator","password":"Demo#2026"}' "http://127.0.0.1:$PORT/api/auth/login") == 200 ]]; then
      echo "== server ready after $((SECONDS - started)) s (log: $WORK/server.log)"
      return 0
    fi
    if ! kill -0 "$SERVER" 2>/dev/null; then echo "server died, see $WORK/server.log" >&2; tail -50 "$WORK/server.log" >&2; exit 1; fi
    sleep 1
  done
  echo "server not ready after 300 s" >&2
  exit 1
}
stop_server() {
  if [[ -n "$SERVER" ]] && kill -0 "$SERVER" 2>/dev/null; then
    kill "$SERVER"
    for _ in $(seq 1 30); do kill -0 "$SERVER" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER" 2>/dev/null || true
  fi
}
trap 'stop_server; chaincode/network/down.sh >/dev/null 2>&1 || true' EXIT

DRIVER=(java -Xms512m -Xmx512m -cp "$CP" -Dbench.baseUrl="http://127.0.0.1:$PORT"
  -Dbench.acknowledged="$WORK/acknowledged.txt" -Dbench.jdbcUrl="jdbc:postgresql://127.0.0.1:5432/$DB" ${JAVA_OPTS_BENCH:-})

start_server
if [[ -z "${BENCH_CRASH_ONLY:-}" ]]; then
  echo "== load: the app over HTTP against a raw fabric-gateway driver"
  "${DRIVER[@]}" -Dbench.serverPid="$SERVER" cn.eldercare.app.bench.FabricLoad perf | tee "$WORK/result.txt"
  if [[ -n "${BENCH_JFR:-}" ]]; then
    jcmd "$SERVER" JFR.dump filename="$WORK/server.jfr" >/dev/null && echo "== flight recording of the load: $WORK/server.jfr"
  fi
fi

echo "== crash: kill -9 of the app after $CRASH_AFTER_SECONDS s of logging and confirming services"
"${DRIVER[@]}" cn.eldercare.app.bench.FabricLoad crash-load | tee -a "$WORK/result.txt" &
LOAD=$!
sleep "$CRASH_AFTER_SECONDS"
kill -9 "$SERVER"
wait "$LOAD"
echo "== restart"
start_server
"${DRIVER[@]}" cn.eldercare.app.bench.FabricLoad check | tee -a "$WORK/result.txt"
echo "== result saved in $WORK/result.txt"
