# Shared settings of the native test network; sourced by up.sh, deploy.sh and down.sh.
# Everything listens on 127.0.0.1 and lives under $TIMEBANK_NET_DIR (default /tmp/timebank-network).

NETWORK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CHAINCODE_DIR="$(dirname "$NETWORK_DIR")"
WORK="${TIMEBANK_NET_DIR:-/tmp/timebank-network}"
CHANNEL="${TIMEBANK_CHANNEL:-eldercare}"
CC_NAME="${TIMEBANK_CC_NAME:-timebank}"
CC_VERSION="1.0"
CC_LABEL="${CC_NAME}_${CC_VERSION}"
CC_ADDRESS="127.0.0.1:${TIMEBANK_CC_PORT:-9999}"

ORDERER_PORT=7050
ORDERER_ADMIN_PORT=7053
BUREAU_PEER_PORT=7051
STATION_PEER_PORT=9051

CRYPTO="$WORK/crypto"
ORDERER_ORG="$CRYPTO/ordererOrganizations/timebank.local"
ORDERER_TLS_CA="$ORDERER_ORG/orderers/orderer.timebank.local/tls/ca.crt"
BUREAU_ORG="$CRYPTO/peerOrganizations/civilaffairs.timebank.local"
STATION_ORG="$CRYPTO/peerOrganizations/stations.timebank.local"

# Exit code for "nothing was run": automake's convention for a skipped test.
SKIPPED=77

# Puts the Fabric binaries on PATH: $FABRIC_BIN first, then whatever PATH already has.
# Exits with $SKIPPED and a clear message when any of them is missing.
require_fabric() {
  if [ -n "${FABRIC_BIN:-}" ]; then
    export PATH="$FABRIC_BIN:$PATH"
  fi
  local tool
  for tool in cryptogen configtxgen orderer peer osnadmin; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "skipped: Fabric binaries not found (set FABRIC_BIN); missing: $tool"
      exit "$SKIPPED"
    fi
  done
  FABRIC_HOME="$(dirname "$(dirname "$(command -v peer)")")"
  # core.yaml and orderer.yaml of the same release; every setting that matters is overridden below
  export FABRIC_CFG_PATH="${FABRIC_CFG:-$FABRIC_HOME/config}"
  CCAAS_BUILDER="${CCAAS_BUILDER:-$FABRIC_HOME/builders/ccaas}"
  if [ ! -f "$FABRIC_CFG_PATH/core.yaml" ] || [ ! -x "$CCAAS_BUILDER/bin/detect" ]; then
    echo "skipped: Fabric binaries not found (set FABRIC_BIN); need the release's config/ and builders/ccaas/ beside bin/"
    exit "$SKIPPED"
  fi
}

# Runs a peer CLI command as the admin of one organisation (bureau|station).
as_admin() {
  local org="$1"
  shift
  if [ "$org" = bureau ]; then
    CORE_PEER_LOCALMSPID=CivilAffairsMSP CORE_PEER_ADDRESS="127.0.0.1:$BUREAU_PEER_PORT" \
      CORE_PEER_TLS_ROOTCERT_FILE="$BUREAU_ORG/peers/peer0.civilaffairs.timebank.local/tls/ca.crt" \
      CORE_PEER_TLS_SERVERHOSTOVERRIDE=peer0.civilaffairs.timebank.local \
      CORE_PEER_MSPCONFIGPATH="$BUREAU_ORG/users/Admin@civilaffairs.timebank.local/msp" \
      CORE_PEER_TLS_ENABLED=true "$@"
  else
    CORE_PEER_LOCALMSPID=StationOperatorMSP CORE_PEER_ADDRESS="127.0.0.1:$STATION_PEER_PORT" \
      CORE_PEER_TLS_ROOTCERT_FILE="$STATION_ORG/peers/peer0.stations.timebank.local/tls/ca.crt" \
      CORE_PEER_TLS_SERVERHOSTOVERRIDE=peer0.stations.timebank.local \
      CORE_PEER_MSPCONFIGPATH="$STATION_ORG/users/Admin@stations.timebank.local/msp" \
      CORE_PEER_TLS_ENABLED=true "$@"
  fi
}

# Starts a background process, remembering its pid so down.sh stops exactly what we started.
start_process() {
  local name="$1"
  shift
  mkdir -p "$WORK/logs" "$WORK/pids"
  nohup "$@" >"$WORK/logs/$name.log" 2>&1 &
  echo $! >"$WORK/pids/$name.pid"
}

# Waits until a TCP port on 127.0.0.1 accepts connections.
wait_for_port() {
  local port="$1" name="$2" i
  for i in $(seq 1 60); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      return 0
    fi
    sleep 1
  done
  echo "error: $name did not listen on 127.0.0.1:$port; see $WORK/logs/$name.log" >&2
  exit 1
}

# Runs a command up to $1 times, two seconds apart; fails when every attempt failed.
retry() {
  local attempts="$1" i
  shift
  for i in $(seq 1 "$attempts"); do
    if "$@"; then
      return 0
    fi
    sleep 2
  done
  echo "error: failed $attempts times: $*" >&2
  return 1
}
