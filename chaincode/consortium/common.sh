# shellcheck shell=bash disable=SC2034 # settings for the scripts that source this file
# Shared settings of the 通存通兑 consortium network; sourced by up.sh, deploy.sh, node.sh, down.sh.
# Three organisations, each in its own network namespace joined to a bridge in the root namespace:
#   province  河南省民政厅        ProvinceMSP  $CONSORTIUM_PREFIX.11  (regulator)
#   jinshui   郑州市金水区时间银行  JinshuiMSP   $CONSORTIUM_PREFIX.12  (district time bank)
#   weidu     许昌市魏都区时间银行  WeiduMSP     $CONSORTIUM_PREFIX.13  (district time bank)
# Each runs a fabric-ca-server, a Raft orderer, a peer and its chaincode service inside its namespace;
# its keys, ledgers and app settings live under $CONSORTIUM_NET_DIR/<org> (default /tmp/timebank-consortium).

CONSORTIUM_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# The native network's helpers (require_fabric, logged, poll, start_process, stop_process, alive,
# captured, show_log_tail) work on $WORK, so they are reused as they are; WORK is reset below.
# shellcheck source=../network/common.sh
source "$CONSORTIUM_SCRIPTS/../network/common.sh"

WORK="${CONSORTIUM_NET_DIR:-/tmp/timebank-consortium}"
CHANNEL="${CONSORTIUM_CHANNEL:-eldercare}"
CC_NAME="${CONSORTIUM_CC_NAME:-timebank}"
# the three address-bearing names; all configurable so two consortia can coexist on one machine
PREFIX="${CONSORTIUM_PREFIX:-10.77.0}"
NS_PREFIX="${CONSORTIUM_NS_PREFIX:-tbc}"
BRIDGE="${NS_PREFIX}br0"

ORGS=(province jinshui weidu)
declare -A MSP=([province]=ProvinceMSP [jinshui]=JinshuiMSP [weidu]=WeiduMSP)
declare -A HOST=([province]=11 [jinshui]=12 [weidu]=13)
declare -A TITLE=([province]="河南省民政厅" [jinshui]="郑州市金水区时间银行" [weidu]="许昌市魏都区时间银行")
# What the chaincode's InitLedger is told: who regulates, whose staff are stations, whose CAs enrol members.
REGULATOR_ORG=province
STATION_ORGS=(jinshui weidu)
MEMBER_ORGS=(jinshui weidu)

# Every organisation uses the same ports on its own address.
CA_PORT=7054
ORDERER_PORT=7050
ORDERER_ADMIN_PORT=7053
PEER_PORT=7051
CC_PORT=9999

ns() { echo "$NS_PREFIX-$1"; }
addr() { echo "$PREFIX.${HOST[$1]}"; }
org_dir() { echo "$WORK/$1"; }
# The organisation's CA certificate; it signs its MSP and TLS certificates alike.
org_ca() { echo "$WORK/$1/msp/cacerts/ca-cert.pem"; }

# The private key in MSP keystore directory $1 (fabric-ca names it after its SKI).
key_file() {
  local keys=("$1"/*_sk)
  echo "${keys[0]}"
}

# Runs a command inside organisation $1's network namespace.
in_ns() {
  local org="$1"
  shift
  ip netns exec "$(ns "$org")" "$@"
}

# The native network's ours() knows only its own processes; the consortium also runs fabric-ca-server
# and starts everything through `ip netns exec`, which execs (the pid stays that of the process).
ours() {
  ps -o args= -p "$1" 2>/dev/null | grep -qE '^(orderer|peer node start|fabric-ca-server start|java .*-jar )'
}

# True when $1:$2 accepts TCP connections (reached from the root namespace over the bridge).
addr_open() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# Polls until $1:$2 accepts connections, at most $4 seconds (default 90); fails at once, with the log's
# tail, when the process recorded as $3 has died.
wait_for_addr() {
  local host="$1" port="$2" name="$3" limit="${4:-90}" pid="" deadline
  [ -f "$WORK/pids/$name.pid" ] && pid="$(cat "$WORK/pids/$name.pid")"
  deadline=$((SECONDS + limit))
  until addr_open "$host" "$port"; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      echo "error: $name (pid $pid) exited before listening on $host:$port" >&2
      show_log_tail "$WORK/logs/$name.log"
      exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "error: $name did not listen on $host:$port within ${limit}s" >&2
      show_log_tail "$WORK/logs/$name.log"
      exit 1
    fi
    sleep 0.2
  done
}

# True when `ip netns` works here (root, a kernel with network namespaces, iproute2).
netns_usable() {
  local probe="$NS_PREFIX-probe-$$"
  command -v ip >/dev/null 2>&1 || return 1
  ip netns add "$probe" 2>/dev/null || return 1
  ip netns delete "$probe" 2>/dev/null || true
}

# Exits with $SKIPPED and one clear line when network namespaces cannot be made here.
require_netns() {
  if ! netns_usable; then
    echo "skipped: the consortium network needs ip netns (root and iproute2); 'ip netns add' failed here"
    exit "$SKIPPED"
  fi
}

# Runs a peer CLI command as the admin of organisation $1, inside its namespace, against its peer.
as_admin() {
  local org="$1"
  shift
  in_ns "$org" env -u CORE_PEER_TLS_SERVERHOSTOVERRIDE CORE_PEER_LOCALMSPID="${MSP[$org]}" \
    CORE_PEER_ADDRESS="$(addr "$org"):$PEER_PORT" CORE_PEER_TLS_ROOTCERT_FILE="$(org_ca "$org")" \
    CORE_PEER_MSPCONFIGPATH="$(org_dir "$org")/users/admin/msp" CORE_PEER_TLS_ENABLED=true "$@"
}

# --peerAddresses/--tlsRootCertFiles for the peers of the organisations named.
peer_args() {
  local org
  for org in "$@"; do
    printf '%s\n' --peerAddresses "$(addr "$org"):$PEER_PORT" --tlsRootCertFiles "$(org_ca "$org")"
  done
}

# -o and TLS settings to reach organisation $1's orderer.
orderer_args() {
  printf '%s\n' -o "$(addr "$1"):$ORDERER_PORT" --tls --cafile "$(org_ca "$1")"
}

# The endorsement policy deploy.sh commits, from $ENDORSEMENT_POLICY:
#   MAJORITY (default)  more than half of the organisations' peers: OutOf(2, ...) for three
#   ALL                 every organisation's peer: AND(...)
#   ANY                 any one organisation's peer
#   anything else       taken as a signature policy as it is, e.g. "AND('ProvinceMSP.peer', OR('JinshuiMSP.peer','WeiduMSP.peer'))"
endorsement_policy() {
  local choice="${ENDORSEMENT_POLICY:-MAJORITY}" principals="" org n
  for org in "${ORGS[@]}"; do
    principals+="${principals:+,}'${MSP[$org]}.peer'"
  done
  n=${#ORGS[@]}
  case "$choice" in
    MAJORITY | majority) echo "OutOf($((n / 2 + 1)),$principals)" ;;
    ALL | all) echo "AND($principals)" ;;
    ANY | any) echo "OutOf(1,$principals)" ;;
    *) echo "$choice" ;;
  esac
}

# Every organisation's TLS CA (public, from the channel material): the orderers dial each other.
all_tls_cas() {
  local org list=""
  for org in "${ORGS[@]}"; do list+="${list:+,}$WORK/channel/$org/msp/tlscacerts/ca-cert.pem"; done
  echo "[$list]"
}

# The Raft orderer of one organisation, in its namespace.
start_orderer() {
  local org="$1" home ip
  home="$(org_dir "$org")/orderer"
  ip="$(addr "$org")"
  start_process "$org-orderer" ip netns exec "$(ns "$org")" env \
    ORDERER_GENERAL_LISTENADDRESS="$ip" ORDERER_GENERAL_LISTENPORT=$ORDERER_PORT \
    ORDERER_GENERAL_LOCALMSPID="${MSP[$org]}" ORDERER_GENERAL_LOCALMSPDIR="$home/msp" \
    ORDERER_GENERAL_TLS_ENABLED=true \
    ORDERER_GENERAL_TLS_PRIVATEKEY="$home/tls/server.key" ORDERER_GENERAL_TLS_CERTIFICATE="$home/tls/server.crt" \
    ORDERER_GENERAL_TLS_ROOTCAS="$(all_tls_cas)" \
    ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE="$home/tls/server.crt" \
    ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY="$home/tls/server.key" \
    ORDERER_GENERAL_CLUSTER_ROOTCAS="$(all_tls_cas)" \
    ORDERER_GENERAL_BOOTSTRAPMETHOD=none ORDERER_CHANNELPARTICIPATION_ENABLED=true \
    ORDERER_ADMIN_LISTENADDRESS="$ip:$ORDERER_ADMIN_PORT" ORDERER_ADMIN_TLS_ENABLED=true \
    ORDERER_ADMIN_TLS_PRIVATEKEY="$home/tls/server.key" ORDERER_ADMIN_TLS_CERTIFICATE="$home/tls/server.crt" \
    ORDERER_ADMIN_TLS_ROOTCAS="[$home/tls/ca.crt]" ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true \
    ORDERER_ADMIN_TLS_CLIENTROOTCAS="[$home/tls/ca.crt]" \
    ORDERER_FILELEDGER_LOCATION="$home/ledger" \
    ORDERER_CONSENSUS_WALDIR="$home/wal" ORDERER_CONSENSUS_SNAPDIR="$home/snap" \
    ORDERER_OPERATIONS_LISTENADDRESS=127.0.0.1:9443 ORDERER_METRICS_PROVIDER=disabled \
    FABRIC_CFG_PATH="$FABRIC_CFG_PATH" \
    orderer
}

# The peer of one organisation. Gossip runs with short intervals so that the organisations see
# each other (and each other's chaincodes, and a stopped peer's absence) within seconds.
start_peer() {
  local org="$1" home ip
  home="$(org_dir "$org")/peer"
  ip="$(addr "$org")"
  start_process "$org-peer" ip netns exec "$(ns "$org")" env \
    CORE_PEER_ID="peer0.$org.consortium.local" CORE_PEER_ADDRESS="$ip:$PEER_PORT" \
    CORE_PEER_LISTENADDRESS="$ip:$PEER_PORT" \
    CORE_PEER_CHAINCODEADDRESS="$ip:$((PEER_PORT + 1))" CORE_PEER_CHAINCODELISTENADDRESS="$ip:$((PEER_PORT + 1))" \
    CORE_PEER_GOSSIP_BOOTSTRAP="$ip:$PEER_PORT" CORE_PEER_GOSSIP_EXTERNALENDPOINT="$ip:$PEER_PORT" \
    CORE_PEER_GOSSIP_ENDPOINT="$ip:$PEER_PORT" \
    CORE_PEER_GOSSIP_ALIVETIMEINTERVAL=1s CORE_PEER_GOSSIP_ALIVEEXPIRATIONTIMEOUT=10s \
    CORE_PEER_GOSSIP_RECONNECTINTERVAL=2s CORE_PEER_GOSSIP_MEMBERSHIPTRACKERINTERVAL=1s \
    CORE_PEER_GOSSIP_PUBLISHSTATEINFOINTERVAL=1s CORE_PEER_GOSSIP_REQUESTSTATEINFOINTERVAL=1s \
    CORE_PEER_GOSSIP_PULLINTERVAL=1s \
    CORE_PEER_LOCALMSPID="${MSP[$org]}" CORE_PEER_MSPCONFIGPATH="$home/msp" \
    CORE_PEER_TLS_ENABLED=true CORE_PEER_TLS_CERT_FILE="$home/tls/server.crt" \
    CORE_PEER_TLS_KEY_FILE="$home/tls/server.key" CORE_PEER_TLS_ROOTCERT_FILE="$home/tls/ca.crt" \
    CORE_PEER_FILESYSTEMPATH="$home/data" CORE_LEDGER_SNAPSHOTS_ROOTDIR="$home/data/snapshots" \
    CORE_LEDGER_STATE_STATEDATABASE=goleveldb \
    CORE_OPERATIONS_LISTENADDRESS=127.0.0.1:9444 CORE_METRICS_PROVIDER=disabled \
    CORE_PEER_GATEWAY_ENABLED=true FABRIC_CFG_PATH="$WORK/peercfg" \
    peer node start
}

# The chaincode service's JVM: bounded heap (three run on this machine); C1 only and the serial
# collector start it in about half the time.
CHAINCODE_JAVA_OPTS="${CHAINCODE_JAVA_OPTS:--Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"

# Organisation $1's chaincode service, in its namespace, for the package id and jar deploy.sh
# recorded in its directory.
start_chaincode() {
  local org="$1" dir
  dir="$(org_dir "$org")"
  # shellcheck disable=SC2086 # options are words
  start_process "$org-chaincode" ip netns exec "$(ns "$org")" env CHAINCODE_SERVER_ADDRESS="$(addr "$org"):$CC_PORT" \
    CORE_CHAINCODE_ID_NAME="$(cat "$dir/chaincode.package_id")" java $CHAINCODE_JAVA_OPTS -jar "$(cat "$dir/chaincode.jar")"
}

# Stops the process recorded as $WORK/pids/$1.pid, if it is still one of ours.
stop_named() {
  [ -f "$WORK/pids/$1.pid" ] && stop_process "$1"
  return 0
}
