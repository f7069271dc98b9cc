#!/usr/bin/env bash
# Starts the native time-bank network on 127.0.0.1: one Raft orderer (channel participation API,
# no system channel) and one peer for each organisation, all with TLS, then creates the channel.
# Needs the Fabric 2.4+ release binaries on PATH or in $FABRIC_BIN; exits 77 when they are missing.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require_fabric

if [ -d "$WORK/pids" ] && ls "$WORK/pids"/*.pid >/dev/null 2>&1; then
  echo "error: a network is already running under $WORK; run down.sh first" >&2
  exit 1
fi
rm -rf "$WORK"
mkdir -p "$WORK"

echo "generating crypto material and the channel genesis block"
cryptogen generate --config="$NETWORK_DIR/crypto-config.yaml" --output="$CRYPTO" >/dev/null
cp "$NETWORK_DIR/configtx.yaml" "$WORK/configtx.yaml"
configtxgen -configPath "$WORK" -profile TimeBankChannel -channelID "$CHANNEL" \
  -outputBlock "$WORK/$CHANNEL.block" 2>"$WORK/configtxgen.log"

echo "starting the orderer"
ORDERER_HOME="$ORDERER_ORG/orderers/orderer.timebank.local"
start_process orderer env \
  ORDERER_GENERAL_LISTENADDRESS=127.0.0.1 ORDERER_GENERAL_LISTENPORT=$ORDERER_PORT \
  ORDERER_GENERAL_LOCALMSPID=OrdererMSP ORDERER_GENERAL_LOCALMSPDIR="$ORDERER_HOME/msp" \
  ORDERER_GENERAL_TLS_ENABLED=true \
  ORDERER_GENERAL_TLS_PRIVATEKEY="$ORDERER_HOME/tls/server.key" \
  ORDERER_GENERAL_TLS_CERTIFICATE="$ORDERER_HOME/tls/server.crt" \
  ORDERER_GENERAL_TLS_ROOTCAS="[$ORDERER_HOME/tls/ca.crt]" \
  ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE="$ORDERER_HOME/tls/server.crt" \
  ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY="$ORDERER_HOME/tls/server.key" \
  ORDERER_GENERAL_CLUSTER_ROOTCAS="[$ORDERER_HOME/tls/ca.crt]" \
  ORDERER_GENERAL_BOOTSTRAPMETHOD=none ORDERER_CHANNELPARTICIPATION_ENABLED=true \
  ORDERER_ADMIN_LISTENADDRESS=127.0.0.1:$ORDERER_ADMIN_PORT ORDERER_ADMIN_TLS_ENABLED=true \
  ORDERER_ADMIN_TLS_PRIVATEKEY="$ORDERER_HOME/tls/server.key" \
  ORDERER_ADMIN_TLS_CERTIFICATE="$ORDERER_HOME/tls/server.crt" \
  ORDERER_ADMIN_TLS_ROOTCAS="[$ORDERER_HOME/tls/ca.crt]" \
  ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true \
  ORDERER_ADMIN_TLS_CLIENTROOTCAS="[$ORDERER_HOME/tls/ca.crt]" \
  ORDERER_FILELEDGER_LOCATION="$WORK/orderer/ledger" \
  ORDERER_CONSENSUS_WALDIR="$WORK/orderer/wal" ORDERER_CONSENSUS_SNAPDIR="$WORK/orderer/snap" \
  ORDERER_OPERATIONS_LISTENADDRESS=127.0.0.1:9443 ORDERER_METRICS_PROVIDER=disabled \
  orderer
wait_for_port $ORDERER_ADMIN_PORT orderer

# Starts the peer of one organisation: $1 name, $2 org dir, $3 host, $4 MSP id, $5 port, $6 operations port.
start_peer() {
  local name="$1" org="$2" host="$3" msp="$4" port="$5" ops="$6"
  local home="$org/peers/$host"
  start_process "$name" env \
    CORE_PEER_ID="$host" CORE_PEER_ADDRESS=127.0.0.1:$port CORE_PEER_LISTENADDRESS=127.0.0.1:$port \
    CORE_PEER_CHAINCODEADDRESS=127.0.0.1:$((port + 1)) CORE_PEER_CHAINCODELISTENADDRESS=127.0.0.1:$((port + 1)) \
    CORE_PEER_GOSSIP_BOOTSTRAP=127.0.0.1:$port CORE_PEER_GOSSIP_EXTERNALENDPOINT=127.0.0.1:$port \
    CORE_PEER_LOCALMSPID="$msp" CORE_PEER_MSPCONFIGPATH="$home/msp" \
    CORE_PEER_TLS_ENABLED=true CORE_PEER_TLS_CERT_FILE="$home/tls/server.crt" \
    CORE_PEER_TLS_KEY_FILE="$home/tls/server.key" CORE_PEER_TLS_ROOTCERT_FILE="$home/tls/ca.crt" \
    CORE_PEER_FILESYSTEMPATH="$WORK/$name" CORE_LEDGER_SNAPSHOTS_ROOTDIR="$WORK/$name/snapshots" \
    CORE_LEDGER_STATE_STATEDATABASE=goleveldb \
    CORE_OPERATIONS_LISTENADDRESS=127.0.0.1:$ops CORE_METRICS_PROVIDER=disabled \
    CORE_PEER_GATEWAY_ENABLED=true FABRIC_CFG_PATH="$WORK/peercfg" \
    peer node start
  wait_for_port "$port" "$name"
}

# The release's core.yaml declares the ccaas builder at its path inside Fabric's images; point it
# at the release's builders/ccaas instead.
mkdir -p "$WORK/peercfg"
sed "s#path: /opt/hyperledger/ccaas_builder#path: $CCAAS_BUILDER#" "$FABRIC_CFG_PATH/core.yaml" >"$WORK/peercfg/core.yaml"
if ! grep -q "path: $CCAAS_BUILDER" "$WORK/peercfg/core.yaml"; then
  echo "error: $FABRIC_CFG_PATH/core.yaml declares no ccaas_builder (Fabric 2.4.1 or later needed)" >&2
  exit 1
fi

echo "starting the peers"
start_peer peer-bureau "$BUREAU_ORG" peer0.civilaffairs.timebank.local CivilAffairsMSP $BUREAU_PEER_PORT 9444
start_peer peer-station "$STATION_ORG" peer0.stations.timebank.local StationOperatorMSP $STATION_PEER_PORT 9445

echo "creating channel $CHANNEL"
osnadmin channel join --channelID "$CHANNEL" --config-block "$WORK/$CHANNEL.block" \
  -o 127.0.0.1:$ORDERER_ADMIN_PORT --ca-file "$ORDERER_TLS_CA" \
  --client-cert "$ORDERER_HOME/tls/server.crt" --client-key "$ORDERER_HOME/tls/server.key" >/dev/null
for org in bureau station; do
  retry 5 as_admin "$org" peer channel join -b "$WORK/$CHANNEL.block" 2>>"$WORK/logs/channel-join.log"
done
echo "network up: orderer 127.0.0.1:$ORDERER_PORT, peers 127.0.0.1:$BUREAU_PEER_PORT and 127.0.0.1:$STATION_PEER_PORT"
