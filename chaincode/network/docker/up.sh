#!/usr/bin/env bash
# The time-bank network in Docker, for machines without native Fabric binaries: generates crypto
# and the channel block with the fabric-tools image, starts orderer, peers and the chaincode
# container, creates the channel and deploys the chaincode as a service (AND of both orgs).
set -euo pipefail
DOCKER_DIR="$(cd "$(dirname "$0")" && pwd)"
export NETWORK_DIR="$(dirname "$DOCKER_DIR")"
export WORK="${TIMEBANK_NET_DIR:-/tmp/timebank-network-docker}"
export CCAAS_JAR="${CCAAS_JAR:-$(ls "$(dirname "$NETWORK_DIR")"/target/chaincode-*-ccaas.jar | head -n 1)}"
CHANNEL=eldercare
POLICY="AND('CivilAffairsMSP.peer','StationOperatorMSP.peer')"
if ! docker info >/dev/null 2>&1; then
  echo "skipped: no Docker engine"
  exit 77
fi
compose() { docker compose -f "$DOCKER_DIR/docker-compose.yaml" "$@"; }
tools() { compose run --rm -T tools "$@"; }

rm -rf "$WORK" && mkdir -p "$WORK"
# container host names instead of the native network's 127.0.0.1 endpoints, in file order:
# the bureau's anchor peer, the station operator's anchor peer, the Raft consenter
sed -e 's/- 127.0.0.1:7050/- orderer.timebank.local:7050/' -e 's/Host: 127.0.0.1$/Host: __ANCHOR__/' \
  "$NETWORK_DIR/configtx.yaml" | awk '/Host: __ANCHOR__/ { n++; sub("__ANCHOR__", n == 1 ? "peer0.civilaffairs.timebank.local" : \
  (n == 2 ? "peer0.stations.timebank.local" : "orderer.timebank.local")) } { print }' >"$WORK/configtx.yaml"
tools cryptogen generate --config=/network/crypto-config.yaml --output=/work/crypto
tools configtxgen -configPath /work -profile TimeBankChannel -channelID "$CHANNEL" -outputBlock "/work/$CHANNEL.block"
"$NETWORK_DIR/package.sh" "$WORK/timebank_1.0.tgz" timebank-ccaas:9999 >/dev/null
export PACKAGE_ID="$(tools peer lifecycle chaincode calculatepackageid /work/timebank_1.0.tgz | tr -d '\r')"
compose up -d orderer.timebank.local peer0.civilaffairs.timebank.local peer0.stations.timebank.local timebank-ccaas
sleep 5

ORD=/work/crypto/ordererOrganizations/timebank.local/orderers/orderer.timebank.local/tls
tools osnadmin channel join --channelID "$CHANNEL" --config-block "/work/$CHANNEL.block" \
  -o orderer.timebank.local:7053 --ca-file "$ORD/ca.crt" --client-cert "$ORD/server.crt" --client-key "$ORD/server.key"

# Runs the peer CLI as an organisation's admin against its peer: $1 = civilaffairs|stations.
as_admin() {
  local org="$1" msp port
  shift
  if [ "$org" = civilaffairs ]; then msp=CivilAffairsMSP port=7051; else msp=StationOperatorMSP port=9051; fi
  local dir="/work/crypto/peerOrganizations/$org.timebank.local"
  compose run --rm -T -e CORE_PEER_TLS_ENABLED=true -e CORE_PEER_LOCALMSPID=$msp \
    -e CORE_PEER_ADDRESS=peer0.$org.timebank.local:$port \
    -e CORE_PEER_TLS_ROOTCERT_FILE="$dir/peers/peer0.$org.timebank.local/tls/ca.crt" \
    -e CORE_PEER_MSPCONFIGPATH="$dir/users/Admin@$org.timebank.local/msp" tools "$@"
}
ORDERER=(-o orderer.timebank.local:7050 --tls --cafile "$ORD/ca.crt")
for org in civilaffairs stations; do
  as_admin $org peer channel join -b "/work/$CHANNEL.block"
  as_admin $org peer lifecycle chaincode install /work/timebank_1.0.tgz
  as_admin $org peer lifecycle chaincode approveformyorg "${ORDERER[@]}" --channelID "$CHANNEL" --name timebank \
    --version 1.0 --package-id "$PACKAGE_ID" --sequence 1 --signature-policy "$POLICY" --waitForEvent
done
as_admin civilaffairs peer lifecycle chaincode commit "${ORDERER[@]}" --channelID "$CHANNEL" --name timebank \
  --version 1.0 --sequence 1 --signature-policy "$POLICY" \
  --peerAddresses peer0.civilaffairs.timebank.local:7051 \
  --tlsRootCertFiles /work/crypto/peerOrganizations/civilaffairs.timebank.local/peers/peer0.civilaffairs.timebank.local/tls/ca.crt \
  --peerAddresses peer0.stations.timebank.local:9051 \
  --tlsRootCertFiles /work/crypto/peerOrganizations/stations.timebank.local/peers/peer0.stations.timebank.local/tls/ca.crt \
  --waitForEvent
echo "docker network up; peers on 127.0.0.1:7051 and 127.0.0.1:9051; stop with docker/down.sh"
