#!/usr/bin/env bash
# Builds the chaincode package the ccaas external builder installs: metadata.json (type ccaas,
# the label) and code.tar.gz holding connection.json, the address where the peer finds the
# running chaincode. The archives are reproducible (fixed times, owners and order, gzip without
# a time stamp), so the same label and address always give the same package id.
# Usage: package.sh [output.tgz] [chaincode address] [label]; needs no Fabric binaries.
set -euo pipefail
source "$(dirname "$0")/common.sh"
OUT="${1:-$WORK/$CC_LABEL.tgz}"
ADDRESS="${2:-$CC_ADDRESS}"
LABEL="${3:-$CC_LABEL}"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
sed "s/\"address\": \"[^\"]*\"/\"address\": \"$ADDRESS\"/" "$CHAINCODE_DIR/ccaas/connection.json" >"$STAGE/connection.json"
sed "s/\"label\": \"[^\"]*\"/\"label\": \"$LABEL\"/" "$CHAINCODE_DIR/ccaas/metadata.json" >"$STAGE/metadata.json"
reproducible_tgz() {
  local out="$1"
  shift
  tar -C "$STAGE" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - "$@" | gzip -n >"$out"
}
reproducible_tgz "$STAGE/code.tar.gz" connection.json
mkdir -p "$(dirname "$OUT")"
reproducible_tgz "$OUT" metadata.json code.tar.gz
echo "$OUT"
