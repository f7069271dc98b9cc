#!/usr/bin/env bash
# Deploys (or upgrades) the time-bank chaincode as a service on the network started by up.sh:
# packages it with a label derived from the jar's sha256, installs the package on both peers,
# (re)starts the chaincode service with that package id, approves for both organisations with
# the endorsement policy AND(bureau peer, station operator peer) and commits the definition at
# the next sequence (1 on a new channel, committed sequence + 1 on an upgrade; the ledger's
# state is kept). Returns only when every peer has the definition committed, every peer reaches
# the chaincode, and discovery finds endorsers from both organisations.
# Running it again with the same jar changes nothing and exits 0.
# The jar: $CCAAS_JAR, else chaincode/target/chaincode-*-ccaas.jar. Exits 77 without Fabric binaries.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require_fabric
T0=$SECONDS

JAR="${CCAAS_JAR:-$(ls "$CHAINCODE_DIR"/target/chaincode-*-ccaas.jar 2>/dev/null | head -n 1)}"
if [ -z "$JAR" ] || [ ! -f "$JAR" ]; then
  echo "error: no ccaas jar; build it with: mvn -pl chaincode -am package -DskipTests (or set CCAAS_JAR)" >&2
  exit 1
fi
for port in $BUREAU_PEER_PORT $STATION_PEER_PORT $ORDERER_PORT; do
  if ! port_open "$port"; then
    echo "error: nothing listens on 127.0.0.1:$port; start the network with up.sh" >&2
    exit 1
  fi
done
POLICY="AND('CivilAffairsMSP.peer','StationOperatorMSP.peer')"
# A changed jar gives a new version, label and so package id.
JAR_HASH="$(sha256sum "$JAR" | cut -c1-12)"
VERSION="$CC_VERSION-$JAR_HASH"
LABEL="${CC_NAME}_$VERSION"
mkdir -p "$WORK/packages"
PACKAGE="$("$NETWORK_DIR/package.sh" "$WORK/packages/$LABEL.tgz" "$CC_ADDRESS" "$LABEL")"
PACKAGE_ID="$(captured lifecycle peer lifecycle chaincode calculatepackageid "$PACKAGE")"

# "sequence version" of the committed definition as the peer of $1 sees it; "0 -" when none.
committed() {
  local out rc=0
  out="$(as_admin "$1" peer lifecycle chaincode querycommitted --channelID "$CHANNEL" --name "$CC_NAME" -O json 2>&1)" || rc=$?
  if [ "$rc" -ne 0 ]; then
    if grep -q "namespace $CC_NAME is not defined" <<<"$out"; then
      echo "0 -"
      return 0
    fi
    echo "error: querycommitted on the $1 peer failed: $out" >&2
    return 1
  fi
  echo "$(grep -o '"sequence": *[0-9]*' <<<"$out" | grep -o '[0-9]*$') $(grep -o '"version": *"[^"]*"' <<<"$out" | sed 's/.*"\([^"]*\)"$/\1/')"
}

# The package id organisation $1 approved for sequence $2 and the version, "package version";
# empty when it approved nothing for that sequence.
approved() {
  local out
  out="$(as_admin "$1" peer lifecycle chaincode queryapproved --channelID "$CHANNEL" --name "$CC_NAME" \
    --sequence "$2" -O json 2>/dev/null)" || return 0
  echo "$(grep -o '"package_id": *"[^"]*"' <<<"$out" | sed 's/.*"\([^"]*\)"$/\1/') $(grep -o '"version": *"[^"]*"' <<<"$out" | sed 's/.*"\([^"]*\)"$/\1/')"
}

# The chaincode service's JVM: bounded heap; C1 only and the serial collector start it in about
# half the time (the shim scans the class path at start), which matters more here than peak speed.
CHAINCODE_JAVA_OPTS="${CHAINCODE_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"

# Starts the chaincode service for $PACKAGE_ID unless it is already running (stopping any other);
# does not wait for it: see wait_for_port.
ensure_service() {
  if [ -f "$WORK/pids/chaincode.pid" ] && alive "$(cat "$WORK/pids/chaincode.pid")" \
    && [ "$(cat "$WORK/chaincode.package_id" 2>/dev/null)" = "$PACKAGE_ID" ]; then
    return 0
  fi
  if [ -f "$WORK/pids/chaincode.pid" ]; then
    echo "stopping the chaincode service $(cat "$WORK/chaincode.package_id" 2>/dev/null || echo '(unknown package)')"
    stop_process chaincode
  fi
  local deadline=$((SECONDS + 10))
  while port_open "${CC_ADDRESS##*:}"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "error: $CC_ADDRESS is taken by a process deploy.sh did not start" >&2
      ss -ltnp 2>/dev/null | grep ":${CC_ADDRESS##*:}\b" >&2 || true
      exit 1
    fi
    sleep 0.2
  done
  echo "starting the chaincode service $PACKAGE_ID on $CC_ADDRESS ($JAR)"
  echo "$PACKAGE_ID" >"$WORK/chaincode.package_id"
  # shellcheck disable=SC2086 # options are words
  start_process chaincode env CHAINCODE_SERVER_ADDRESS="$CC_ADDRESS" CORE_CHAINCODE_ID_NAME="$PACKAGE_ID" \
    java $CHAINCODE_JAVA_OPTS -jar "$JAR"
}

# True when the peer of $1 runs the contract: GetConfig answers, or refuses with the contract's
# own NOT_INITIALISED on a fresh ledger (the peer reached the service, which ran the contract).
contract_answers() {
  local out rc=0
  out="$(as_admin "$1" peer chaincode query --channelID "$CHANNEL" --name "$CC_NAME" \
    -c '{"Args":["admin:GetConfig"]}' 2>&1)" || rc=$?
  echo "$out"
  [ "$rc" -eq 0 ] || grep -q "NOT_INITIALISED" <<<"$out"
}

# Every peer has the definition at sequence $1 and version $VERSION committed.
committed_everywhere() {
  local org
  for org in bureau station; do
    [ "$(committed "$org")" = "$1 $VERSION" ] || return 1
  done
}

# Waits until the network can serve the chaincode: committed on every peer, every peer reaches
# the service, and each peer's discovery offers endorsers from both organisations (gossip has
# spread the new definition); without the discover CLI the last check is skipped, with a note.
wait_ready() {
  local seq="$1" org
  poll 60 0.5 committed_everywhere "$seq"
  for org in bureau station; do
    poll 60 0.5 contract_answers "$org"
  done
  if command -v discover >/dev/null 2>&1; then
    discover_setup
    for org in bureau station; do
      poll 90 0.5 discover_endorsers_both "$org"
    done
  else
    echo "note: no discover CLI beside peer: checked gossip membership in the peers' logs only, not that"
    echo "      discovery finds endorsers of both organisations (first gateway transactions may still fail)"
    for org in bureau station; do
      poll 60 0.5 gossip_sees_other_org "$org"
    done
  fi
}

# the committed definition (the peer may still be busy right after up.sh: asked a few times)
STATE=""
for attempt in 1 2 3 4 5; do
  if STATE="$(committed bureau)"; then break; fi
  [ "$attempt" -eq 5 ] && exit 1
  sleep 1
done
read -r SEQUENCE CURRENT <<<"$STATE"
if [ "$SEQUENCE" -gt 0 ] && [ "$CURRENT" = "$VERSION" ] \
  && [ "$(approved bureau "$SEQUENCE")" = "$PACKAGE_ID $VERSION" ] \
  && [ "$(approved station "$SEQUENCE")" = "$PACKAGE_ID $VERSION" ]; then
  echo "already committed: $CC_NAME $VERSION, sequence $SEQUENCE, package $PACKAGE_ID; nothing to deploy"
  ensure_service
  wait_for_port "${CC_ADDRESS##*:}" chaincode 120
  wait_ready "$SEQUENCE"
  echo "ready in $((SECONDS - T0))s: channel $CHANNEL, chaincode $CC_NAME, sequence $SEQUENCE"
  exit 0
fi
NEXT=$((SEQUENCE + 1))
if [ "$SEQUENCE" -gt 0 ]; then
  echo "upgrading $CC_NAME from $CURRENT (sequence $SEQUENCE) to $VERSION (sequence $NEXT)"
else
  echo "deploying $CC_NAME $VERSION (sequence 1)"
fi

# The service starts (its JVM takes a few seconds) while the package is installed.
ensure_service
echo "installing $LABEL on both peers"
for org in bureau station; do
  if ! as_admin "$org" peer lifecycle chaincode queryinstalled -O json 2>/dev/null | grep -q "\"$PACKAGE_ID\""; then
    logged lifecycle as_admin "$org" peer lifecycle chaincode install "$PACKAGE"
  fi
done
wait_for_port "${CC_ADDRESS##*:}" chaincode 120

# Approves the definition for organisation $1, unless it already approved exactly this one (an
# earlier run that stopped half way); retried while the orderer is not yet ready.
approve() {
  [ "$(approved "$1" "$NEXT")" = "$PACKAGE_ID $VERSION" ] && return 0
  logged lifecycle as_admin "$1" peer lifecycle chaincode approveformyorg "${ORDERER_ARGS[@]}" \
    --channelID "$CHANNEL" --name "$CC_NAME" --version "$VERSION" --package-id "$PACKAGE_ID" \
    --sequence "$NEXT" --signature-policy "$POLICY" --waitForEvent
}
commit() {
  [ "$(committed bureau)" = "$NEXT $VERSION" ] && return 0
  logged lifecycle as_admin bureau peer lifecycle chaincode commit "${ORDERER_ARGS[@]}" \
    --channelID "$CHANNEL" --name "$CC_NAME" --version "$VERSION" --sequence "$NEXT" \
    --signature-policy "$POLICY" "${BOTH_PEERS[@]}" --waitForEvent
}
echo "approving and committing sequence $NEXT with endorsement policy $POLICY"
for org in bureau station; do
  POLL_VERBOSE=1 poll 60 1 approve "$org"
done
POLL_VERBOSE=1 poll 60 1 commit

echo "waiting until every peer has sequence $NEXT and discovery finds endorsers of both organisations"
wait_ready "$NEXT"
echo "deployed in $((SECONDS - T0))s: channel $CHANNEL, chaincode $CC_NAME $VERSION, sequence $NEXT, package $PACKAGE_ID"
