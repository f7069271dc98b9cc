#!/usr/bin/env bash
# What durable commits cost on the embedded default (H2), side by side in one run (see BENCHMARKS.md):
# enrolments/s with H2's default write delay (a commit reaches the file up to 500 ms later) against
# WRITE_DELAY=0 (the shipped default: each commit is written to the file before it returns),
# alternately, each on a fresh Payara Micro (-Xmx1g, port 18283) with a fresh H2 database and demo data.
#
#   app/bench/h2-commit.sh            # A B A B, about 10 minutes
#   ROUNDS=1 app/bench/h2-commit.sh   # A B
#
# Driver settings can be passed as JAVA_OPTS_BENCH (see cn.eldercare.app.bench.EnrolmentRate).
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${BENCH_PORT:-18283}
WORK=${BENCH_DIR:-/tmp/eldercare-h2-commit}
PAYARA=${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}
M2=${M2_REPO:-$HOME/.m2/repository}
ROUNDS=${ROUNDS:-2}
H2_URL='jdbc:h2:file:./data/db/eldercare;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000'
declare -A SETTING=([delayed]="$H2_URL" [written]="$H2_URL;WRITE_DELAY=0")

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "port $PORT is already in use; stop that server or set BENCH_PORT" >&2
  exit 1
fi

rm -rf "$WORK"
mkdir -p "$WORK"
echo "== building the WAR and the driver's class path"
mvn -q -o -Dmaven.repo.local="$M2" -pl app -am package dependency:build-classpath -DskipTests \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
echo "== compiling the driver"
DEPS=$(cat app/target/bench.classpath)
javac -encoding UTF-8 --release 17 -d "$WORK/driver" -cp "$DEPS" app/src/test/java/cn/eldercare/app/bench/*.java
cp app/target/eldercare.war "$WORK/eldercare.war"
# Not named payara-micro*.jar: the plugin's stop goal in anyone's `mvn verify` kills those processes.
cp "$PAYARA" "$WORK/micro.jar"

SERVER=
stop_server() {
  if [[ -n "$SERVER" ]] && kill -0 "$SERVER" 2>/dev/null; then
    kill "$SERVER"
    for _ in $(seq 1 30); do kill -0 "$SERVER" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER" 2>/dev/null || true
  fi
}
trap stop_server EXIT

for round in $(seq 1 "$ROUNDS"); do
  for name in delayed written; do
    dir="$WORK/$name-$round"
    mkdir -p "$dir"
    echo "== round $round, $name: DB_URL=${SETTING[$name]}"
    DB_URL="${SETTING[$name]}" java -Xms1g -Xmx1g -Dh2.baseDir="$dir" -Ddata.dir="$dir/data" \
      -jar "$WORK/micro.jar" --deploy "$WORK/eldercare.war" --contextroot / --port "$PORT" --nocluster \
      --rootDir "$dir/payara" >"$dir/server.log" 2>&1 &
    SERVER=$!
    for i in $(seq 1 480); do
      if curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready"; then break; fi
      if ! kill -0 "$SERVER" 2>/dev/null; then echo "server died, see $dir/server.log" >&2; exit 1; fi
      if [[ $i == 480 ]]; then echo "server not ready after 240 s" >&2; exit 1; fi
      sleep 0.5
    done
    java -Xms256m -Xmx512m -cp "$WORK/driver:$DEPS" -Dbench.baseUrl="http://127.0.0.1:$PORT" ${JAVA_OPTS_BENCH:-} \
      cn.eldercare.app.bench.EnrolmentRate | tee "$dir/result.txt"
    echo "$round $name $(grep '^RESULT' "$dir/result.txt" | cut -d' ' -f2-)" >>"$WORK/summary.txt"
    stop_server
  done
done
echo "== round setting enrolments/s p50-ms p99-ms errors"
cat "$WORK/summary.txt"
