#!/usr/bin/env bash
# Deploys the time-bank chaincode as a service on the network started by up.sh: installs the
# ccaas package on both peers, starts the chaincode jar with the package id, approves with the
# endorsement policy AND(bureau peer, station operator peer) and commits the definition.
# Exits 77 when the Fabric binaries are missing.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require_fabric

JAR="${CCAAS_JAR:-$(ls "$CHAINCODE_DIR"/target/chaincode-*-ccaas.jar 2>/dev/null | head -n 1)}"
if [ -z "$JAR" ] || [ ! -f "$JAR" ]; then
  echo "error: no ccaas jar; build it with: mvn -pl chaincode package -DskipTests" >&2
  exit 1
fi
POLICY="AND('CivilAffairsMSP.peer','StationOperatorMSP.peer')"
PACKAGE="$("$NETWORK_DIR/package.sh" "$WORK/$CC_LABEL.tgz" "$CC_ADDRESS")"
ORDERER_ARGS=(-o 127.0.0.1:$ORDERER_PORT --ordererTLSHostnameOverride orderer.timebank.local --tls --cafile "$ORDERER_TLS_CA")

echo "installing $CC_LABEL on both peers"
for org in bureau station; do
  as_admin "$org" peer lifecycle chaincode install "$PACKAGE" 2>>"$WORK/logs/lifecycle.log"
done
PACKAGE_ID="$(as_admin bureau peer lifecycle chaincode calculatepackageid "$PACKAGE")"

echo "starting the chaincode service $PACKAGE_ID on $CC_ADDRESS"
start_process chaincode env CHAINCODE_SERVER_ADDRESS="$CC_ADDRESS" CORE_CHAINCODE_ID_NAME="$PACKAGE_ID" \
  java -jar "$JAR"
wait_for_port "${CC_ADDRESS##*:}" chaincode

echo "approving and committing with endorsement policy $POLICY"
for org in bureau station; do
  as_admin "$org" peer lifecycle chaincode approveformyorg "${ORDERER_ARGS[@]}" --channelID "$CHANNEL" \
    --name "$CC_NAME" --version "$CC_VERSION" --package-id "$PACKAGE_ID" --sequence 1 \
    --signature-policy "$POLICY" --waitForEvent 2>>"$WORK/logs/lifecycle.log"
done
as_admin bureau peer lifecycle chaincode commit "${ORDERER_ARGS[@]}" --channelID "$CHANNEL" \
  --name "$CC_NAME" --version "$CC_VERSION" --sequence 1 --signature-policy "$POLICY" \
  --peerAddresses 127.0.0.1:$BUREAU_PEER_PORT \
  --tlsRootCertFiles "$BUREAU_ORG/peers/peer0.civilaffairs.timebank.local/tls/ca.crt" \
  --peerAddresses 127.0.0.1:$STATION_PEER_PORT \
  --tlsRootCertFiles "$STATION_ORG/peers/peer0.stations.timebank.local/tls/ca.crt" \
  --waitForEvent 2>>"$WORK/logs/lifecycle.log"
as_admin bureau peer lifecycle chaincode querycommitted --channelID "$CHANNEL" --name "$CC_NAME"
echo "deployed: channel $CHANNEL, chaincode $CC_NAME, contracts admin/members/services/accounts"
