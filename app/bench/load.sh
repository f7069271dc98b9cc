#!/usr/bin/env bash
# Load benchmarks over HTTP on PostgreSQL (see BENCHMARKS.md): one driver per run.
#
#   app/bench/load.sh TrainingLoad        # training API: enrolment and course list, 15-20 minutes
#   app/bench/load.sh TimeBankLoad        # time bank: record + confirm on the embedded ledger, balance and
#                                         # statement up to 10 million movements, about 15 minutes
#   BENCH_PROFILE=1 app/bench/load.sh     # instead of the load: logs every SQL statement of 100
#                                         # pings, 200 course lists and 100 enrolments, one at a
#                                         # time, and prints the statements per request
#   BENCH_JFR=1 app/bench/load.sh ...     # also records the server with Java Flight Recorder
#                                         # (/tmp/eldercare-bench/server.jfr; `jfr print` or JMC)
#
# It builds the WAR if missing, recreates the database eldercare_bench on 127.0.0.1:5432
# (user postgres, trust auth), starts Payara Micro on port 18282 with its own data directory
# (and so its own embedded ledger), runs the driver cn.eldercare.app.bench.<driver> (it seeds
# through the API, grows tables with SQL, measures) and stops its server. Driver settings can be
# passed as JAVA_OPTS_BENCH, e.g. JAVA_OPTS_BENCH="-Dbench.concurrency=64".
set -euo pipefail
cd "$(dirname "$0")/../.."

DRIVER_CLASS=${1:-TrainingLoad}

PORT=${BENCH_PORT:-18282}
DB=eldercare_bench
WORK=${BENCH_DIR:-/tmp/eldercare-bench}
PAYARA=${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB"

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "port $PORT is already in use; stop that server or set BENCH_PORT" >&2
  exit 1
fi


rm -rf "$WORK"
mkdir -p "$WORK"

# The driver is compiled on its own (javac, against app's test classpath), so that work in progress
# elsewhere in the test sources cannot stop a benchmark run.
echo "== building the WAR and the driver's class path"
# packaged in the same run, so that the class path names the modules' own jars (nothing need be installed)
mvn -q -pl app -am package dependency:build-classpath -DskipTests -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
echo "== compiling the driver"
DEPS=$(cat app/target/bench.classpath)
javac -encoding UTF-8 --release 17 -d "$WORK/driver" -cp "$DEPS" app/src/test/java/cn/eldercare/app/bench/*.java
CP="$WORK/driver:$DEPS"
cp app/target/eldercare.war "$WORK/eldercare.war"
# A copy under another name: payara-micro-maven-plugin's stop goal (run by every `mvn verify` on this
# machine) kills each process whose command line names the payara-micro jar, and would end this run.
cp "$PAYARA" "$WORK/micro.jar"

echo "== database $DB"
"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
if [[ -n "${BENCH_PROFILE:-}" ]]; then
  "${PSQL[@]}" -c "ALTER DATABASE $DB SET log_statement = 'all'"
fi

echo "== Payara Micro on port $PORT (log: $WORK/server.log)"
DB_URL="$JDBC_URL" DB_USER=postgres DB_PASSWORD=postgres \
DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource \
  java -Xms1g -Xmx1g ${BENCH_JFR:+-XX:StartFlightRecording=filename=$WORK/server.jfr,settings=profile,dumponexit=true} \
    -Dh2.baseDir="$WORK" -Ddata.dir="$WORK/data" \
    -jar "$WORK/micro.jar" --deploy "$WORK/eldercare.war" --contextroot / --port "$PORT" --nocluster \
    --rootDir "$WORK/payara" >"$WORK/server.log" 2>&1 &
SERVER=$!
stop_server() {
  if kill -0 "$SERVER" 2>/dev/null; then
    kill "$SERVER"
    for _ in $(seq 1 30); do kill -0 "$SERVER" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER" 2>/dev/null || true
  fi
}
trap stop_server EXIT

for i in $(seq 1 240); do
  if curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready"; then break; fi
  if ! kill -0 "$SERVER" 2>/dev/null; then echo "server died, see $WORK/server.log" >&2; tail -50 "$WORK/server.log" >&2; exit 1; fi
  if [[ $i == 240 ]]; then echo "server not ready after 240 s" >&2; exit 1; fi
  sleep 1
done
echo "== server ready"

DRIVER=(java -Xms512m -Xmx512m -cp "$CP"
  -Dbench.baseUrl="http://127.0.0.1:$PORT" -Dbench.jdbcUrl="$JDBC_URL" -Dbench.jdbcUser=postgres -Dbench.serverPid="$SERVER"
  ${JAVA_OPTS_BENCH:-})

if [[ -n "${BENCH_PROFILE:-}" ]]; then
  PGLOG=$(ls -t /var/log/postgresql/postgresql-*-main.log | head -1)
  "${DRIVER[@]}" cn.eldercare.app.bench.StatementProfile "$PGLOG" | tee "$WORK/profile.txt"
else
  "${DRIVER[@]}" "cn.eldercare.app.bench.$DRIVER_CLASS" | tee "$WORK/result.txt"
fi
echo "== result saved in $WORK"
