# Shared settings of the native test network; sourced by up.sh, deploy.sh, smoke.sh, down.sh.
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
# every port the network listens on: orderer, orderer admin, peers and their chaincode ports,
# operations endpoints (orderer, bureau peer, station peer), the chaincode service
NETWORK_PORTS=(7050 7053 7051 7052 9051 9052 9443 9444 9445 "${CC_ADDRESS##*:}")

CRYPTO="$WORK/crypto"
ORDERER_ORG="$CRYPTO/ordererOrganizations/timebank.local"
ORDERER_TLS_CA="$ORDERER_ORG/orderers/orderer.timebank.local/tls/ca.crt"
BUREAU_ORG="$CRYPTO/peerOrganizations/civilaffairs.timebank.local"
STATION_ORG="$CRYPTO/peerOrganizations/stations.timebank.local"
BUREAU_PEER_TLS_CA="$BUREAU_ORG/peers/peer0.civilaffairs.timebank.local/tls/ca.crt"
STATION_PEER_TLS_CA="$STATION_ORG/peers/peer0.stations.timebank.local/tls/ca.crt"
# both peers, for commands that must be endorsed by both organisations
BOTH_PEERS=(--peerAddresses "127.0.0.1:$BUREAU_PEER_PORT" --tlsRootCertFiles "$BUREAU_PEER_TLS_CA"
  --peerAddresses "127.0.0.1:$STATION_PEER_PORT" --tlsRootCertFiles "$STATION_PEER_TLS_CA")
ORDERER_ARGS=(-o "127.0.0.1:$ORDERER_PORT" --ordererTLSHostnameOverride orderer.timebank.local
  --tls --cafile "$ORDERER_TLS_CA")

# The project's own external builder for chaincode as a service (bin/detect, build, release).
CCAAS_BUILDER="${CCAAS_BUILDER:-$NETWORK_DIR/builders/ccaas}"

# Exit code for "nothing was run": automake's convention for a skipped test.
SKIPPED=77

# Puts the Fabric binaries on PATH: $FABRIC_BIN (default /opt/fabric/bin) first, then whatever
# PATH already has. Exits with $SKIPPED and one clear line when any of them is missing.
require_fabric() {
  local bin="${FABRIC_BIN:-/opt/fabric/bin}"
  if [ -d "$bin" ]; then
    export PATH="$bin:$PATH"
  fi
  local tool
  for tool in cryptogen configtxgen orderer peer osnadmin; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "skipped: Fabric binaries not found (set FABRIC_BIN); missing: $tool"
      exit "$SKIPPED"
    fi
  done
  FABRIC_HOME="$(dirname "$(dirname "$(command -v peer)")")"
  # core.yaml and orderer.yaml of the same release; every setting that matters is overridden
  export FABRIC_CFG_PATH="${FABRIC_CFG:-$FABRIC_HOME/config}"
  if [ ! -f "$FABRIC_CFG_PATH/core.yaml" ]; then
    echo "skipped: Fabric binaries not found (set FABRIC_BIN); need the release's config/core.yaml beside bin/ (or FABRIC_CFG)"
    exit "$SKIPPED"
  fi
  if [ ! -x "$CCAAS_BUILDER/bin/detect" ] || [ ! -x "$CCAAS_BUILDER/bin/build" ] || [ ! -x "$CCAAS_BUILDER/bin/release" ]; then
    echo "error: CCAAS_BUILDER=$CCAAS_BUILDER has no executable bin/detect, bin/build, bin/release" >&2
    exit 1
  fi
}

# Prints the last lines of a log to stderr, framed, so a failure is visible where it happens.
show_log_tail() {
  local log="$1" lines="${2:-25}"
  [ -f "$log" ] || return 0
  echo "---- last $lines lines of $log ----" >&2
  tail -n "$lines" "$log" >&2
  echo "----" >&2
}

# Runs a command, appending its stdout and stderr to $WORK/logs/$1.log. On failure prints the
# command and the tail of that log to stderr and returns the command's exit code.
logged() {
  local name="$1" log rc=0
  shift
  mkdir -p "$WORK/logs"
  log="$WORK/logs/$name.log"
  echo "$(date +%T.%3N) \$ $*" >>"$log"
  "$@" >>"$log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "error: exit $rc: $*" >&2
    show_log_tail "$log"
  fi
  return "$rc"
}

# Runs a peer CLI command as an identity of one organisation: $1 bureau|station, $2 its MSP
# directory ("" = the organisation's Admin), then the command. No server-host override: the peer
# TLS certificates carry 127.0.0.1 and localhost, and an override would be applied to the other
# organisation's peer as well when a command names both (commit failed on it every time).
as_identity() {
  local org="$1" msp="$2" mspid port ca admin
  shift 2
  if [ "$org" = bureau ]; then
    mspid=CivilAffairsMSP port=$BUREAU_PEER_PORT ca="$BUREAU_PEER_TLS_CA"
    admin="$BUREAU_ORG/users/Admin@civilaffairs.timebank.local/msp"
  else
    mspid=StationOperatorMSP port=$STATION_PEER_PORT ca="$STATION_PEER_TLS_CA"
    admin="$STATION_ORG/users/Admin@stations.timebank.local/msp"
  fi
  env -u CORE_PEER_TLS_SERVERHOSTOVERRIDE CORE_PEER_LOCALMSPID="$mspid" \
    CORE_PEER_ADDRESS="127.0.0.1:$port" CORE_PEER_TLS_ROOTCERT_FILE="$ca" \
    CORE_PEER_MSPCONFIGPATH="${msp:-$admin}" CORE_PEER_TLS_ENABLED=true "$@"
}

# Runs a peer CLI command as the admin of one organisation (bureau|station).
as_admin() {
  local org="$1"
  shift
  as_identity "$org" "" "$@"
}

# Starts a background process in its own session and process group, remembering its pid (= its
# process group id) so down.sh stops exactly what we started, children included.
start_process() {
  local name="$1"
  shift
  mkdir -p "$WORK/logs" "$WORK/pids"
  setsid "$@" </dev/null >>"$WORK/logs/$name.log" 2>&1 &
  echo $! >"$WORK/pids/$name.pid"
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Polls (every 0.2 s, at most $3 seconds, default 60) until 127.0.0.1:$1 accepts connections;
# fails at once, with the log's tail, if the process recorded as $2 has died.
wait_for_port() {
  local port="$1" name="$2" limit="${3:-60}" pid="" deadline
  [ -f "$WORK/pids/$name.pid" ] && pid="$(cat "$WORK/pids/$name.pid")"
  deadline=$((SECONDS + limit))
  until port_open "$port"; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      echo "error: $name (pid $pid) exited before listening on 127.0.0.1:$port" >&2
      show_log_tail "$WORK/logs/$name.log"
      exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "error: $name did not listen on 127.0.0.1:$port within ${limit}s" >&2
      show_log_tail "$WORK/logs/$name.log"
      exit 1
    fi
    sleep 0.2
  done
}

# Polls a command (every $2 seconds) until it succeeds, for at most $1 seconds; its output goes
# to $WORK/logs/poll.log. On timeout prints the command and the tail of its last output; with
# POLL_VERBOSE set, every failed attempt's last lines too.
poll() {
  local limit="$1" interval="$2" deadline log="$WORK/logs/poll.log" attempt=0
  shift 2
  mkdir -p "$WORK/logs"
  deadline=$((SECONDS + limit))
  while true; do
    attempt=$((attempt + 1))
    if "$@" >"$log.last" 2>&1; then
      { echo "$(date +%T.%3N) \$ $* (attempt $attempt: ok)"; cat "$log.last"; } >>"$log"
      return 0
    fi
    { echo "$(date +%T.%3N) \$ $* (attempt $attempt: failed)"; cat "$log.last"; } >>"$log"
    if [ -n "${POLL_VERBOSE:-}" ]; then
      echo "attempt $attempt failed: $*" >&2
      tail -n 5 "$log.last" | sed 's/^/  | /' >&2
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "error: still failing after ${limit}s ($attempt attempts): $*" >&2
      show_log_tail "$log.last"
      return 1
    fi
    sleep "$interval"
  done
}

# The discover CLI's settings for a client (User1, TLS) of each organisation: $WORK/discover/<org>.yaml.
discover_setup() {
  local org msp dir ca user
  mkdir -p "$WORK/discover"
  for org in bureau station; do
    if [ "$org" = bureau ]; then
      msp=CivilAffairsMSP dir="$BUREAU_ORG" ca="$BUREAU_PEER_TLS_CA" user=User1@civilaffairs.timebank.local
    else
      msp=StationOperatorMSP dir="$STATION_ORG" ca="$STATION_PEER_TLS_CA" user=User1@stations.timebank.local
    fi
    [ -f "$WORK/discover/$org.yaml" ] && continue
    logged discover discover --configFile "$WORK/discover/$org.yaml" --peerTLSCA "$ca" \
      --userKey "$(ls "$dir/users/$user"/msp/keystore/*_sk | head -n 1)" \
      --userCert "$(ls "$dir/users/$user"/msp/signcerts/*.pem | head -n 1)" --MSP "$msp" saveConfig
  done
}

# The peer of organisation $1 (bureau|station).
peer_endpoint() {
  if [ "$1" = bureau ]; then echo "127.0.0.1:$BUREAU_PEER_PORT"; else echo "127.0.0.1:$STATION_PEER_PORT"; fi
}

# True when the discovery service of the peer of $1 lists peers of both organisations in the channel.
discover_sees_both_peers() {
  local out
  out="$(discover --configFile "$WORK/discover/$1.yaml" peers --channel "$CHANNEL" --server "$(peer_endpoint "$1")")" || return 1
  echo "$out"
  grep -q '"MSPID": *"CivilAffairsMSP"' <<<"$out" && grep -q '"MSPID": *"StationOperatorMSP"' <<<"$out"
}

# True when the discovery service of the peer of $1 returns an endorsement layout for the
# chaincode that takes endorsers from both organisations (as the policy requires).
discover_endorsers_both() {
  local out
  out="$(discover --configFile "$WORK/discover/$1.yaml" endorsers --channel "$CHANNEL" --chaincode "$CC_NAME" \
    --server "$(peer_endpoint "$1")")" || return 1
  echo "$out"
  grep -q '"Layouts"' <<<"$out" && grep -q '"MSPID": *"CivilAffairsMSP"' <<<"$out" \
    && grep -q '"MSPID": *"StationOperatorMSP"' <<<"$out"
}

# Runs a command whose stdout the caller wants; its stderr is appended to $WORK/logs/$1.log and,
# when the command fails, the command and the tail of that log are printed to stderr.
captured() {
  local name="$1" log rc=0
  shift
  mkdir -p "$WORK/logs"
  log="$WORK/logs/$name.log"
  echo "$(date +%T.%3N) \$ $*" >>"$log"
  "$@" 2>>"$log" || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "error: exit $rc: $*" >&2
    show_log_tail "$log"
  fi
  return "$rc"
}

# True while the process $1 or any member of its process group is alive (zombies do not count).
alive() {
  local p stat
  for p in "$1" $(pgrep -g "$1" 2>/dev/null); do
    stat="$(ps -o stat= -p "$p" 2>/dev/null || true)"
    if [ -n "$stat" ] && [[ "$stat" != Z* ]]; then return 0; fi
  done
  return 1
}

# True when pid $1 is still a process these scripts start (orderer, peer, the chaincode JVM), so a
# stale pid file never makes us signal an unrelated process that reused the number.
ours() {
  ps -o args= -p "$1" 2>/dev/null | grep -qE '^(orderer|peer node start|java .*-jar )'
}

# Stops the process recorded as $WORK/pids/$1.pid and its process group: SIGTERM, up to 10 s of
# polling, then SIGKILL. Forgets the pid.
stop_process() {
  local name="$1" pid i
  [ -f "$WORK/pids/$name.pid" ] || return 0
  pid="$(cat "$WORK/pids/$name.pid")"
  if ! ours "$pid"; then
    rm -f "$WORK/pids/$name.pid"
    return 0
  fi
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 50); do
    alive "$pid" || break
    sleep 0.2
  done
  if alive "$pid"; then
    echo "$name (pid $pid) ignored SIGTERM for 10 s; sending SIGKILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$WORK/pids/$name.pid"
}

# Issues a client certificate with Fabric-CA attributes, as the organisation's Fabric CA would:
# signed by the CA key cryptogen generated, OU=client (NodeOUs), the attributes as JSON in
# extension 1.2.3.4.5.6.7.8.1. cryptogen itself cannot add attributes, and the contract's access
# rules read `role` and `memberId` from them. $1 bureau|station, $2 name, $3 attributes as JSON
# (e.g. {"role":"regulator"}). Prints the MSP directory ($WORK/identities/<org>/<name>/msp).
enrol() {
  local org="$1" name="$2" attrs="$3" dir msp ext
  if [ "$org" = bureau ]; then dir="$BUREAU_ORG"; else dir="$STATION_ORG"; fi
  msp="$WORK/identities/$org/$name/msp"
  if [ -f "$msp/signcerts/cert.pem" ]; then
    echo "$msp"
    return 0
  fi
  mkdir -p "$msp/signcerts" "$msp/keystore" "$msp/cacerts"
  openssl ecparam -name prime256v1 -genkey -noout 2>/dev/null | openssl pkcs8 -topk8 -nocrypt -out "$msp/keystore/key_sk"
  openssl req -new -key "$msp/keystore/key_sk" -subj "/OU=client/CN=$name" -out "$msp/../cert.csr"
  ext="$msp/../cert.ext"
  {
    echo "basicConstraints=critical,CA:FALSE"
    echo "keyUsage=critical,digitalSignature"
    echo "subjectKeyIdentifier=hash"
    echo "authorityKeyIdentifier=keyid"
    echo "1.2.3.4.5.6.7.8.1=DER:$(printf '{"attrs":%s}' "$attrs" | od -An -tx1 | tr -d ' \n')"
  } >"$ext"
  openssl x509 -req -in "$msp/../cert.csr" -CA "$(ls "$dir"/ca/*-cert.pem | head -n 1)" -CAkey "$dir/ca/priv_sk" \
    -set_serial "0x$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')" -days 2 -sha256 -extfile "$ext" \
    -out "$msp/signcerts/cert.pem" 2>/dev/null
  cp "$(ls "$dir"/ca/*-cert.pem | head -n 1)" "$msp/cacerts/"
  cp "$dir/msp/config.yaml" "$msp/config.yaml"
  echo "$msp"
}

# Runs a command, keeping its stdout and stderr (the peer CLI reports results on stderr) in $OUT
# and appending both to $WORK/logs/$RUN_LOG.log (default run.log).
run() {
  local rc=0
  OUT="$("$@" 2>&1)" || rc=$?
  mkdir -p "$WORK/logs"
  { echo "$(date +%T.%3N) \$ $* (exit $rc)"; echo "$OUT"; } >>"$WORK/logs/${RUN_LOG:-run}.log"
  return "$rc"
}

# Evaluates a transaction on the peer of $1 as the identity in MSP dir $2 ("" = the org's Admin):
# $3 contract:Transaction, optional $4 JSON argument.
cc_query() {
  local args="\"$3\""
  [ $# -ge 4 ] && args="$args,\"$(sed 's/\\/\\\\/g; s/"/\\"/g' <<<"$4")\""
  as_identity "$1" "$2" peer chaincode query --channelID "$CHANNEL" --name "$CC_NAME" -c "{\"Args\":[$args]}"
}

# Submits a transaction as the identity in MSP dir $2 of org $1, endorsed by both peers, and
# waits for it to commit (the CLI fails unless it is VALID): $3 contract:Transaction, $4 JSON.
cc_invoke() {
  local arg
  arg="$(sed 's/\\/\\\\/g; s/"/\\"/g' <<<"$4")"
  as_identity "$1" "$2" peer chaincode invoke "${ORDERER_ARGS[@]}" --channelID "$CHANNEL" --name "$CC_NAME" \
    "${BOTH_PEERS[@]}" --waitForEvent -c "{\"Args\":[\"$3\",\"$arg\"]}"
}

# Fallback when the discover CLI is missing: true when the peer of $1 has logged that the other
# organisation's peer joined its view of the channel (gossip membership only; whether the peers
# also know each other's chaincodes cannot be seen without discovery).
gossip_sees_other_org() {
  local log other
  if [ "$1" = bureau ]; then log=peer-bureau other=$STATION_PEER_PORT; else log=peer-station other=$BUREAU_PEER_PORT; fi
  grep -q "\[$CHANNEL\] Membership view has changed. peers went online: .*127.0.0.1:$other" "$WORK/logs/$log.log"
}
