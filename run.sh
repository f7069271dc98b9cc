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
# shellcheck disable=SC2086
exec java $JAVA_OPTS -jar app/target/payara-micro.jar \
    --deploy app/target/eldercare.war --contextroot / --port "${PORT:-8080}" --nocluster \
    --rootDir app/target/payara-run --prebootcommandfile app/src/main/payara/preboot.asadmin
