#!/usr/bin/env bash
# Builds the product and serves it on http://localhost:${PORT:-8080} in the foreground; Ctrl-C stops it.
# Java runs Payara Micro itself, not Maven's plugin: Ctrl-C then ends in Payara's own shutdown, without
# Maven's stack trace and BUILD FAILURE. The settings (DB_URL, DATA_DIR, ...) come from the environment.
set -euo pipefail
cd "$(dirname "$0")"
mvn --no-transfer-progress -Prun -DskipTests package
# JAVA_OPTS, when set, replaces the JVM options of app/src/main/payara/jvm.options (heap limit, collector)
if [[ -z "${JAVA_OPTS:-}" ]]; then
  JAVA_OPTS=$(grep -v '^#' app/src/main/payara/jvm.options | tr '\n' ' ')
fi
# It deploys the WAR's exploded directory, which the build leaves beside it: Payara then has nothing to unpack,
# and a restart is about 3 s faster (BENCHMARKS.md, "Time to healthy after a crash").
# shellcheck disable=SC2086
exec java $JAVA_OPTS -jar app/target/payara-micro.jar \
    --deploy app/target/eldercare --contextroot / --port "${PORT:-8080}" --nocluster \
    --rootDir app/target/payara-run --prebootcommandfile app/src/main/payara/preboot.asadmin
