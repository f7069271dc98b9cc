#!/usr/bin/env bash
# Stops and removes the Docker variant's containers and its work directory.
set -euo pipefail
DOCKER_DIR="$(cd "$(dirname "$0")" && pwd)"
export NETWORK_DIR="$(dirname "$DOCKER_DIR")"
export WORK="${TIMEBANK_NET_DIR:-/tmp/timebank-network-docker}"
export CCAAS_JAR="${CCAAS_JAR:-unused}"
docker compose -f "$DOCKER_DIR/docker-compose.yaml" --profile tools down --volumes --remove-orphans
rm -rf "$WORK"
