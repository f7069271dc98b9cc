#!/usr/bin/env bash
# Builds the chaincode package the ccaas external builder installs: metadata.json (type ccaas)
# and code.tar.gz holding connection.json, the address where the peer finds the running chaincode.
# Usage: package.sh [output.tgz] [chaincode address]; needs no Fabric binaries.
set -euo pipefail
source "$(dirname "$0")/common.sh"
OUT="${1:-$WORK/$CC_LABEL.tgz}"
ADDRESS="${2:-$CC_ADDRESS}"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
sed "s/\"address\": \"[^\"]*\"/\"address\": \"$ADDRESS\"/" "$CHAINCODE_DIR/ccaas/connection.json" >"$STAGE/connection.json"
cp "$CHAINCODE_DIR/ccaas/metadata.json" "$STAGE/metadata.json"
tar -C "$STAGE" -czf "$STAGE/code.tar.gz" connection.json
mkdir -p "$(dirname "$OUT")"
tar -C "$STAGE" -czf "$OUT" metadata.json code.tar.gz
echo "$OUT"
