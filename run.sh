#!/usr/bin/env bash
# Builds the product and serves it on http://localhost:${PORT:-8080} in the foreground; Ctrl-C stops it.
# Java runs Payara Micro itself, not Maven's plugin: Ctrl-C then ends in Payara's own shutdown, without
# Maven's stack trace and BUILD FAILURE. The settings (DB_URL, DATA_DIR, ...) come from the environment.
set -euo pipefail
cd "$(dirname "$0")"
mvn --no-transfer-progress -Prun -DskipTests package
# JAVA_OPTS, when set, replaces the default heap limit
exec java ${JAVA_OPTS:--Xmx768m} -jar app/target/payara-micro.jar \
    --deploy app/target/eldercare.war --contextroot / --port "${PORT:-8080}" --nocluster \
    --rootDir app/target/payara-run --prebootcommandfile app/src/main/payara/preboot.asadmin
