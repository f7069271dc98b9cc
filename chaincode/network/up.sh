#!/usr/bin/env bash
# Starts the native time-bank network on 127.0.0.1: one Raft orderer (channel participation API,
# no system channel) and one peer for each organisation, all with TLS, creates the channel and
# waits until it is usable: the Raft leader is elected, both peers hold the channel and (with the
# discover CLI) each peer's gossip sees both organisations' peers. Writes the app's wallet
# ($WORK/wallet/<MSPID>/{cert,key}.pem) and $WORK/app.env.
# Needs the Fabric 2.5 release binaries in $FABRIC_BIN (default /opt/fabric/bin) or on PATH;
# exits 77 when they are missing.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require_fabric
T0=$SECONDS

if [ -d "$WORK/pids" ]; then
  for pidfile in "$WORK"/pids/*.pid; do
    [ -e "$pidfile" ] || continue
    if kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "error: a network is already running under $WORK ($(basename "$pidfile" .pid) is alive); run down.sh first" >&2
      exit 1
    fi
  done
fi
busy=()
for port in "${NETWORK_PORTS[@]}"; do
  if port_open "$port"; then busy+=("$port"); fi
done
if [ ${#busy[@]} -gt 0 ]; then
  echo "error: ports already in use on 127.0.0.1: ${busy[*]} (another network? run down.sh)" >&2
  ss -ltnp 2>/dev/null | grep -E ":($(IFS='|'; echo "${busy[*]}"))\b" >&2 || true
  exit 1
fi
rm -rf "$WORK"
mkdir -p "$WORK/logs" "$WORK/pids"
# On failure stop whatever was started already; the logs stay for a look.
cleanup_on_failure() {
  local rc=$? pidfile
  [ "$rc" -eq 0 ] && return 0
  for pidfile in "$WORK"/pids/*.pid; do
    [ -e "$pidfile" ] && stop_process "$(basename "$pidfile" .pid)"
  done
  echo "up.sh failed (exit $rc); stopped what it had started; logs in $WORK/logs" >&2
}
trap cleanup_on_failure EXIT

echo "generating crypto material and the channel genesis block"
logged setup cryptogen generate --config="$NETWORK_DIR/crypto-config.yaml" --output="$CRYPTO"
cp "$NETWORK_DIR/configtx.yaml" "$WORK/configtx.yaml"
logged setup configtxgen -configPath "$WORK" -profile TimeBankChannel -channelID "$CHANNEL" \
  -outputBlock "$WORK/$CHANNEL.block"
# The anchor peers (127.0.0.1:7051 and :9051) must be in the genesis block: they are how each
# organisation's peer finds the other's, and without that discovery finds no endorsers.
configtxgen -inspectBlock "$WORK/$CHANNEL.block" >"$WORK/$CHANNEL.block.json" 2>>"$WORK/logs/setup.log"
for anchor in "$BUREAU_PEER_PORT" "$STATION_PEER_PORT"; do
  if ! tr -d ' \t\n' <"$WORK/$CHANNEL.block.json" | grep -q "\"anchor_peers\":\[{\"host\":\"127.0.0.1\",\"port\":$anchor}\]"; then
    echo "error: anchor peer 127.0.0.1:$anchor missing from the genesis block ($WORK/$CHANNEL.block.json)" >&2
    exit 1
  fi
done

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
wait_for_port $ORDERER_PORT orderer

# The release's core.yaml declares the ccaas builder at its path inside Fabric's images
# (/opt/hyperledger/ccaas_builder); point it at the project's own builder instead.
mkdir -p "$WORK/peercfg"
sed "s#path: /opt/hyperledger/ccaas_builder#path: $CCAAS_BUILDER#" "$FABRIC_CFG_PATH/core.yaml" >"$WORK/peercfg/core.yaml"
if ! grep -q "path: $CCAAS_BUILDER\$" "$WORK/peercfg/core.yaml"; then
  echo "error: $FABRIC_CFG_PATH/core.yaml declares no ccaas_builder at /opt/hyperledger/ccaas_builder (Fabric 2.4.1 or later needed)" >&2
  exit 1
fi

# Starts the peer of one organisation: $1 name, $2 org dir, $3 host, $4 MSP id, $5 port, $6 operations port.
# Gossip runs with short intervals (this is a two-peer loopback network) so that the
# organisations see each other, and each other's chaincodes, within seconds instead of ~30 s.
start_peer() {
  local name="$1" org="$2" host="$3" msp="$4" port="$5" ops="$6"
  local home="$org/peers/$host"
  start_process "$name" env \
    CORE_PEER_ID="$host" CORE_PEER_ADDRESS=127.0.0.1:$port CORE_PEER_LISTENADDRESS=127.0.0.1:$port \
    CORE_PEER_CHAINCODEADDRESS=127.0.0.1:$((port + 1)) CORE_PEER_CHAINCODELISTENADDRESS=127.0.0.1:$((port + 1)) \
    CORE_PEER_GOSSIP_BOOTSTRAP=127.0.0.1:$port CORE_PEER_GOSSIP_EXTERNALENDPOINT=127.0.0.1:$port \
    CORE_PEER_GOSSIP_ENDPOINT=127.0.0.1:$port \
    CORE_PEER_GOSSIP_ALIVETIMEINTERVAL=1s CORE_PEER_GOSSIP_ALIVEEXPIRATIONTIMEOUT=10s \
    CORE_PEER_GOSSIP_RECONNECTINTERVAL=2s CORE_PEER_GOSSIP_MEMBERSHIPTRACKERINTERVAL=1s \
    CORE_PEER_GOSSIP_PUBLISHSTATEINFOINTERVAL=1s CORE_PEER_GOSSIP_REQUESTSTATEINFOINTERVAL=1s \
    CORE_PEER_GOSSIP_PULLINTERVAL=1s \
    CORE_PEER_LOCALMSPID="$msp" CORE_PEER_MSPCONFIGPATH="$home/msp" \
    CORE_PEER_TLS_ENABLED=true CORE_PEER_TLS_CERT_FILE="$home/tls/server.crt" \
    CORE_PEER_TLS_KEY_FILE="$home/tls/server.key" CORE_PEER_TLS_ROOTCERT_FILE="$home/tls/ca.crt" \
    CORE_PEER_FILESYSTEMPATH="$WORK/$name" CORE_LEDGER_SNAPSHOTS_ROOTDIR="$WORK/$name/snapshots" \
    CORE_LEDGER_STATE_STATEDATABASE=goleveldb \
    CORE_OPERATIONS_LISTENADDRESS=127.0.0.1:$ops CORE_METRICS_PROVIDER=disabled \
    CORE_PEER_GATEWAY_ENABLED=true FABRIC_CFG_PATH="$WORK/peercfg" \
    peer node start
}

echo "starting the peers"
start_peer peer-bureau "$BUREAU_ORG" peer0.civilaffairs.timebank.local CivilAffairsMSP $BUREAU_PEER_PORT 9444
start_peer peer-station "$STATION_ORG" peer0.stations.timebank.local StationOperatorMSP $STATION_PEER_PORT 9445
wait_for_port $BUREAU_PEER_PORT peer-bureau
wait_for_port $STATION_PEER_PORT peer-station

echo "creating channel $CHANNEL"
logged channel osnadmin channel join --channelID "$CHANNEL" --config-block "$WORK/$CHANNEL.block" \
  -o 127.0.0.1:$ORDERER_ADMIN_PORT --ca-file "$ORDERER_TLS_CA" \
  --client-cert "$ORDERER_HOME/tls/server.crt" --client-key "$ORDERER_HOME/tls/server.key"
# Transactions need the Raft leader: a single consenter elects itself within a second or two.
raft_leader() { grep -q "Raft leader changed: 0 -> 1 .*channel=$CHANNEL" "$WORK/logs/orderer.log"; }
poll 60 0.2 raft_leader || { show_log_tail "$WORK/logs/orderer.log"; exit 1; }
channel_height() { as_admin "$1" peer channel getinfo -c "$CHANNEL" | grep -q '"height":[1-9]'; }
join_channel() { channel_height "$1" || logged channel as_admin "$1" peer channel join -b "$WORK/$CHANNEL.block"; }
for org in bureau station; do
  POLL_VERBOSE=1 poll 30 0.5 join_channel "$org"
  poll 30 0.2 channel_height "$org"
done

# The app's database and keys live beside the network: the read model, the members' names and the
# ledger belong together, and down.sh removes them together.
echo "writing the app's wallet and $WORK/app.env"
for org in "CivilAffairsMSP:$BUREAU_ORG/users/User1@civilaffairs.timebank.local" \
  "StationOperatorMSP:$STATION_ORG/users/User1@stations.timebank.local"; do
  msp="${org%%:*}" user="${org#*:}"
  mkdir -p "$WORK/wallet/$msp"
  cp "$(ls "$user"/msp/signcerts/*.pem | head -n 1)" "$WORK/wallet/$msp/cert.pem"
  cp "$(ls "$user"/msp/keystore/*_sk | head -n 1)" "$WORK/wallet/$msp/key.pem"
  chmod 600 "$WORK/wallet/$msp/key.pem"
done
cat >"$WORK/app.env" <<EOF
LEDGER=fabric
FABRIC_PEER_ENDPOINT=127.0.0.1:$BUREAU_PEER_PORT
FABRIC_PEER_TLS_CERT=$BUREAU_PEER_TLS_CA
FABRIC_CHANNEL=$CHANNEL
FABRIC_CHAINCODE=$CC_NAME
FABRIC_WALLET_DIR=$WORK/wallet
TIMEBANK_MSP_REGULATOR=CivilAffairsMSP
TIMEBANK_MSP_STATION=StationOperatorMSP
TIMEBANK_MSP_MEMBER=StationOperatorMSP
DATA_DIR=$WORK/app-data
DB_URL=jdbc:h2:file:$WORK/app-data/db/eldercare;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0
EOF

# Gossip: each peer must see the other organisation's peer in the channel before discovery (and
# the gateway) can find endorsers from both; checked with the discover CLI when it is there.
if command -v discover >/dev/null 2>&1; then
  echo "waiting until each peer's gossip sees both organisations"
  discover_setup
  for org in bureau station; do
    poll 60 0.5 discover_sees_both_peers "$org"
  done
else
  echo "note: no discover CLI beside peer; waiting for gossip membership in the peers' logs instead"
  for org in bureau station; do
    poll 60 0.5 gossip_sees_other_org "$org"
  done
fi
echo "network up in $((SECONDS - T0))s: orderer 127.0.0.1:$ORDERER_PORT, peers 127.0.0.1:$BUREAU_PEER_PORT and 127.0.0.1:$STATION_PEER_PORT, channel $CHANNEL"
echo "app settings: $WORK/app.env, wallet $WORK/wallet"
