#!/usr/bin/env bash
# Starts the 通存通兑 consortium network: three organisations (河南省民政厅 and the district time
# banks of 郑州市金水区 and 许昌市魏都区), each in its own network namespace with its own
# fabric-ca-server, Raft orderer and peer, all with TLS. Creates the channel on the three orderers
# (channel participation API, no system channel), joins the three peers, and waits until the
# channel is usable: every orderer sees a Raft leader, every peer holds the channel, and every
# peer's discovery sees the peers of all three organisations. Writes each organisation's
# wallet and app settings to $CONSORTIUM_NET_DIR/<org>/{wallet,app.env}.
# Needs root (ip netns) and the Fabric 2.5 and fabric-ca binaries in $FABRIC_BIN (default
# /opt/fabric/bin); exits 77 when either is missing.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
require_fabric
for tool in fabric-ca-server fabric-ca-client discover; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "skipped: Fabric binaries not found (set FABRIC_BIN); missing: $tool"
    exit "$SKIPPED"
  fi
done
require_netns
T0=$SECONDS

# Refuse to start over a running consortium: down.sh first.
if [ -d "$WORK/pids" ]; then
  for pidfile in "$WORK"/pids/*.pid; do
    [ -e "$pidfile" ] || continue
    if alive "$(cat "$pidfile")"; then
      echo "error: a consortium is already running under $WORK ($(basename "$pidfile" .pid) is alive); run down.sh first" >&2
      exit 1
    fi
  done
fi
for org in "${ORGS[@]}"; do
  if ip netns list | grep -qw "$(ns "$org")"; then
    echo "error: network namespace $(ns "$org") exists already (a consortium that was not stopped?); run down.sh first" >&2
    exit 1
  fi
done
if ip link show "$BRIDGE" >/dev/null 2>&1; then
  echo "error: bridge $BRIDGE exists already; run down.sh first" >&2
  exit 1
fi
rm -rf "$WORK"
mkdir -p "$WORK/logs" "$WORK/pids" "$WORK/channel"
# On failure stop whatever was started and remove the namespaces; the logs stay for a look.
cleanup_on_failure() {
  local rc=$?
  [ "$rc" -eq 0 ] && return 0
  echo "up.sh failed (exit $rc); stopping what it had started; logs in $WORK/logs" >&2
  KEEP_WORK=1 "$CONSORTIUM_SCRIPTS/down.sh" >&2 || true
}
trap cleanup_on_failure EXIT

# --- the network: a bridge in the root namespace, one namespace per organisation on a veth pair.
echo "creating bridge $BRIDGE ($PREFIX.1/24) and namespaces $(for o in "${ORGS[@]}"; do printf '%s ' "$(ns "$o")"; done)"
ip link add "$BRIDGE" type bridge
ip addr add "$PREFIX.1/24" dev "$BRIDGE"
ip link set "$BRIDGE" up
for org in "${ORGS[@]}"; do
  ip netns add "$(ns "$org")"
  # host side <prefix>-<org> on the bridge, namespace side eth0 with the organisation's address
  ip link add "$NS_PREFIX-$org" type veth peer name eth0 netns "$(ns "$org")"
  ip link set "$NS_PREFIX-$org" master "$BRIDGE" up
  in_ns "$org" ip link set lo up
  in_ns "$org" ip addr add "$(addr "$org")/24" dev eth0
  in_ns "$org" ip link set eth0 up
done

# --- identities: each organisation's own fabric-ca-server, in its namespace.
# Writes the MSP config (NodeOUs) that lets policies tell clients, peers, admins and orderers apart.
node_ous() {
  cat >"$1/config.yaml" <<'EOF'
NodeOUs:
  Enable: true
  ClientOUIdentifier:
    Certificate: cacerts/ca-cert.pem
    OrganizationalUnitIdentifier: client
  PeerOUIdentifier:
    Certificate: cacerts/ca-cert.pem
    OrganizationalUnitIdentifier: peer
  AdminOUIdentifier:
    Certificate: cacerts/ca-cert.pem
    OrganizationalUnitIdentifier: admin
  OrdererOUIdentifier:
    Certificate: cacerts/ca-cert.pem
    OrganizationalUnitIdentifier: orderer
EOF
}

# Runs fabric-ca-client as organisation $1's CA registrar, inside its namespace.
ca_client() {
  local org="$1"
  shift
  in_ns "$org" env FABRIC_CA_CLIENT_HOME="$(org_dir "$org")/ca/client" fabric-ca-client "$@" \
    --caname "ca-$org" --tls.certfiles "$(org_dir "$org")/ca/server/ca-cert.pem"
}

# Registers and enrols identity $2 (type $3) of organisation $1 into directory $4: $4/msp, and with
# type peer or orderer also $4/tls/{server.crt,server.key,ca.crt} for its address.
enrol_identity() {
  local org="$1" name="$2" type="$3" dir="$4" secret url
  secret="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
  url="https://$name:$secret@$(addr "$org"):$CA_PORT"
  logged "$org-ca-client" ca_client "$org" register --id.name "$name" --id.secret "$secret" --id.type "$type" \
    -u "https://$(addr "$org"):$CA_PORT"
  logged "$org-ca-client" ca_client "$org" enroll -u "$url" -M "$dir/msp"
  rm -f "$dir"/msp/cacerts/*
  cp "$(org_dir "$org")/ca/server/ca-cert.pem" "$dir/msp/cacerts/ca-cert.pem"
  node_ous "$dir/msp"
  if [ "$type" = peer ] || [ "$type" = orderer ]; then
    logged "$org-ca-client" ca_client "$org" enroll -u "$url" -M "$dir/tls-msp" --enrollment.profile tls \
      --csr.hosts "$(addr "$org"),$name.$org.consortium.local,localhost"
    mkdir -p "$dir/tls"
    cp "$dir/tls-msp/signcerts/cert.pem" "$dir/tls/server.crt"
    cp "$(key_file "$dir/tls-msp/keystore")" "$dir/tls/server.key"
    cp "$(org_dir "$org")/ca/server/ca-cert.pem" "$dir/tls/ca.crt"
  fi
}

for org in "${ORGS[@]}"; do
  dir="$(org_dir "$org")"
  echo "starting the CA of ${TITLE[$org]} (${MSP[$org]}) on $(addr "$org"):$CA_PORT"
  mkdir -p "$dir/ca/server" "$dir/ca/client"
  # the registrar's password stays in the organisation's own directory, for its app server to register people
  od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$dir/ca/registrar.pw"
  chmod 600 "$dir/ca/registrar.pw"
  start_process "$org-ca" ip netns exec "$(ns "$org")" env \
    FABRIC_CA_SERVER_OPERATIONS_LISTENADDRESS=127.0.0.1:9446 FABRIC_CA_SERVER_METRICS_PROVIDER=disabled \
    fabric-ca-server start -H "$dir/ca/server" -b "registrar:$(cat "$dir/ca/registrar.pw")" \
    --address "$(addr "$org")" -p "$CA_PORT" -n "ca-$org" --tls.enabled \
    --csr.cn "ca.$org.consortium.local" --csr.hosts "$(addr "$org"),ca.$org.consortium.local,localhost"
done
for org in "${ORGS[@]}"; do
  dir="$(org_dir "$org")"
  wait_for_addr "$(addr "$org")" "$CA_PORT" "$org-ca"
  logged "$org-ca-client" ca_client "$org" enroll \
    -u "https://registrar:$(cat "$dir/ca/registrar.pw")@$(addr "$org"):$CA_PORT"
  echo "enrolling the peer, orderer, admin and app identities of ${MSP[$org]}"
  enrol_identity "$org" "peer0" peer "$dir/peer"
  enrol_identity "$org" "orderer0" orderer "$dir/orderer"
  enrol_identity "$org" "$org-admin" admin "$dir/users/admin"
  enrol_identity "$org" "$org-app" client "$dir/users/app"
  # the organisation's public MSP: what goes into the channel configuration
  mkdir -p "$dir/msp/cacerts" "$dir/msp/tlscacerts"
  cp "$dir/ca/server/ca-cert.pem" "$dir/msp/cacerts/ca-cert.pem"
  cp "$dir/ca/server/ca-cert.pem" "$dir/msp/tlscacerts/ca-cert.pem"
  node_ous "$dir/msp"
  # the app server's wallet: this organisation's client identity only
  mkdir -p "$dir/wallet/${MSP[$org]}"
  cp "$dir/users/app/msp/signcerts/cert.pem" "$dir/wallet/${MSP[$org]}/cert.pem"
  cp "$(key_file "$dir/users/app/msp/keystore")" "$dir/wallet/${MSP[$org]}/key.pem"
  chmod 600 "$dir/wallet/${MSP[$org]}/key.pem"
done

# --- the channel's genesis block, from public material only: each organisation's MSP (CA
# certificates, NodeOUs) and its orderer's TLS certificate, copied into $WORK/channel.
for org in "${ORGS[@]}"; do
  mkdir -p "$WORK/channel/$org"
  cp -R "$(org_dir "$org")/msp" "$WORK/channel/$org/msp"
  cp "$(org_dir "$org")/orderer/tls/server.crt" "$WORK/channel/$org/orderer-tls.crt"
done
{
  echo "# generated by chaincode/consortium/up.sh; paths are relative to this file"
  echo "Organizations:"
  for org in "${ORGS[@]}"; do
    m="${MSP[$org]}"
    cat <<EOF
  - &$m
    Name: $m
    ID: $m
    MSPDir: $org/msp
    OrdererEndpoints:
      - $(addr "$org"):$ORDERER_PORT
    Policies:
      Readers:
        Type: Signature
        Rule: "OR('$m.member')"
      Writers:
        Type: Signature
        Rule: "OR('$m.admin', '$m.client', '$m.orderer')"
      Admins:
        Type: Signature
        Rule: "OR('$m.admin')"
      Endorsement:
        Type: Signature
        Rule: "OR('$m.peer')"
    AnchorPeers:
      - Host: $(addr "$org")
        Port: $PEER_PORT
EOF
  done
  cat <<'EOF'
Capabilities:
  Channel: &ChannelCapabilities
    V2_0: true
  Orderer: &OrdererCapabilities
    V2_0: true
  Application: &ApplicationCapabilities
    V2_5: true
Application: &ApplicationDefaults
  Organizations:
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
    LifecycleEndorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
    Endorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
  Capabilities:
    <<: *ApplicationCapabilities
Orderer: &OrdererDefaults
  OrdererType: etcdraft
  EtcdRaft:
    Consenters:
EOF
  for org in "${ORGS[@]}"; do
    cat <<EOF
      - Host: $(addr "$org")
        Port: $ORDERER_PORT
        ClientTLSCert: $org/orderer-tls.crt
        ServerTLSCert: $org/orderer-tls.crt
EOF
  done
  cat <<'EOF'
    Options:
      TickInterval: 500ms
      ElectionTick: 10
      HeartbeatTick: 1
      MaxInflightBlocks: 5
      SnapshotIntervalSize: 16 MB
  BatchTimeout: 250ms
  BatchSize:
    MaxMessageCount: 100
    AbsoluteMaxBytes: 99 MB
    PreferredMaxBytes: 512 KB
  Organizations:
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
    BlockValidation: {Type: ImplicitMeta, Rule: "ANY Writers"}
Channel: &ChannelDefaults
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
  Capabilities:
    <<: *ChannelCapabilities
Profiles:
  ConsortiumChannel:
    <<: *ChannelDefaults
    Orderer:
      <<: *OrdererDefaults
      Organizations:
EOF
  for org in "${ORGS[@]}"; do echo "        - *${MSP[$org]}"; done
  cat <<'EOF'
      Capabilities: *OrdererCapabilities
    Application:
      <<: *ApplicationDefaults
      Organizations:
EOF
  for org in "${ORGS[@]}"; do echo "        - *${MSP[$org]}"; done
  echo "      Capabilities: *ApplicationCapabilities"
} >"$WORK/channel/configtx.yaml"
echo "generating the genesis block of channel $CHANNEL"
logged setup configtxgen -configPath "$WORK/channel" -profile ConsortiumChannel -channelID "$CHANNEL" \
  -outputBlock "$WORK/channel/$CHANNEL.block"

# The release's core.yaml declares the ccaas builder at its path inside Fabric's images; point it
# at the project's own builder (as chaincode/network/up.sh does).
mkdir -p "$WORK/peercfg"
sed "s#path: /opt/hyperledger/ccaas_builder#path: $CCAAS_BUILDER#" "$FABRIC_CFG_PATH/core.yaml" >"$WORK/peercfg/core.yaml"
grep -q "path: $CCAAS_BUILDER\$" "$WORK/peercfg/core.yaml" || {
  echo "error: $FABRIC_CFG_PATH/core.yaml declares no ccaas_builder at /opt/hyperledger/ccaas_builder" >&2
  exit 1
}

echo "starting three orderers and three peers"
for org in "${ORGS[@]}"; do
  start_orderer "$org"
  start_peer "$org"
done
for org in "${ORGS[@]}"; do
  wait_for_addr "$(addr "$org")" "$ORDERER_ADMIN_PORT" "$org-orderer"
  wait_for_addr "$(addr "$org")" "$ORDERER_PORT" "$org-orderer"
  wait_for_addr "$(addr "$org")" "$PEER_PORT" "$org-peer"
done

# Each organisation's admin adds its own orderer to the channel.
echo "creating channel $CHANNEL on the three orderers"
osn_join() {
  local org="$1" home
  home="$(org_dir "$org")/orderer"
  in_ns "$org" osnadmin channel list --channelID "$CHANNEL" -o "$(addr "$org"):$ORDERER_ADMIN_PORT" \
    --ca-file "$home/tls/ca.crt" --client-cert "$home/tls/server.crt" --client-key "$home/tls/server.key" \
    2>/dev/null | grep -q '"name": *"'"$CHANNEL"'"' && return 0
  in_ns "$org" osnadmin channel join --channelID "$CHANNEL" --config-block "$WORK/channel/$CHANNEL.block" \
    -o "$(addr "$org"):$ORDERER_ADMIN_PORT" --ca-file "$home/tls/ca.crt" \
    --client-cert "$home/tls/server.crt" --client-key "$home/tls/server.key"
}
for org in "${ORGS[@]}"; do
  POLL_VERBOSE=1 poll 60 0.5 logged channel osn_join "$org"
done
# Transactions need a Raft leader that every orderer knows of.
raft_leader_known() { grep -qE "Raft leader changed: [0-9]+ -> [1-9].*channel=$CHANNEL" "$WORK/logs/$1-orderer.log"; }
for org in "${ORGS[@]}"; do
  poll 90 0.3 raft_leader_known "$org" || { show_log_tail "$WORK/logs/$org-orderer.log"; exit 1; }
done

channel_height() { as_admin "$1" peer channel getinfo -c "$CHANNEL" | grep -q '"height":[1-9]'; }
join_channel() { channel_height "$1" || logged channel as_admin "$1" peer channel join -b "$WORK/channel/$CHANNEL.block"; }
for org in "${ORGS[@]}"; do
  POLL_VERBOSE=1 poll 60 0.5 join_channel "$org"
  poll 60 0.3 channel_height "$org"
done

# --- each organisation's app settings, with the names the app reads (FabricSettings, README).
regulator="${MSP[$REGULATOR_ORG]}"
for org in "${ORGS[@]}"; do
  dir="$(org_dir "$org")"
  if [[ " ${STATION_ORGS[*]} " == *" $org "* ]]; then role_msp="${MSP[$org]}"; else role_msp=""; fi
  cat >"$dir/app.env" <<EOF
# ${TITLE[$org]} (${MSP[$org]}): what this organisation's app server needs; written by chaincode/consortium/up.sh
LEDGER=fabric
FABRIC_PEER_ENDPOINT=$(addr "$org"):$PEER_PORT
FABRIC_PEER_TLS_CERT=$dir/peer/tls/ca.crt
FABRIC_CHANNEL=$CHANNEL
FABRIC_CHAINCODE=$CC_NAME
FABRIC_WALLET_DIR=$dir/wallet
FABRIC_LISTENER_MSP=${MSP[$org]}
TIMEBANK_MSP_REGULATOR=$regulator
TIMEBANK_MSP_STATION=$role_msp
TIMEBANK_MSP_MEMBER=$role_msp
# this organisation's own identity source: its fabric-ca-server and the registrar enrolled there
FABRIC_ORG_MSP=${MSP[$org]}
FABRIC_CA_URL=https://$(addr "$org"):$CA_PORT
FABRIC_CA_NAME=ca-$org
FABRIC_CA_TLS_CERT=$dir/ca/server/ca-cert.pem
FABRIC_CA_REGISTRAR_MSP=$dir/ca/client/msp
# the network namespace the app server must run in to reach its peer as the others do (ip netns exec $(ns "$org") ...)
CONSORTIUM_NETNS=$(ns "$org")
DATA_DIR=$dir/app-data
DB_URL=jdbc:h2:file:$dir/app-data/db/eldercare;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0
EOF
done

# --- gossip: every peer's discovery must see the peers of all three organisations.
discover_config() {
  local org="$1" dir
  dir="$(org_dir "$org")"
  [ -f "$dir/discover.yaml" ] && return 0
  logged discover discover --configFile "$dir/discover.yaml" --peerTLSCA "$(org_ca "$org")" \
    --userKey "$(key_file "$dir/users/app/msp/keystore")" \
    --userCert "$dir/users/app/msp/signcerts/cert.pem" --MSP "${MSP[$org]}" saveConfig
}
sees_all_peers() {
  local out o
  out="$(in_ns "$1" discover --configFile "$(org_dir "$1")/discover.yaml" peers --channel "$CHANNEL" \
    --server "$(addr "$1"):$PEER_PORT")" || return 1
  echo "$out"
  for o in "${ORGS[@]}"; do
    grep -q "\"MSPID\": *\"${MSP[$o]}\"" <<<"$out" || return 1
  done
}
echo "waiting until every peer's gossip sees all three organisations"
for org in "${ORGS[@]}"; do
  discover_config "$org"
  poll 90 0.5 sees_all_peers "$org"
done
echo "consortium up in $((SECONDS - T0))s: channel $CHANNEL on orderers and peers at $(for o in "${ORGS[@]}"; do printf '%s ' "$(addr "$o")"; done)"
for org in "${ORGS[@]}"; do
  echo "  ${TITLE[$org]} ${MSP[$org]}: namespace $(ns "$org"), settings $(org_dir "$org")/app.env"
done
