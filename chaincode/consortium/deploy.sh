#!/usr/bin/env bash
# Deploys (or upgrades) the time-bank chaincode as a service on the consortium started by up.sh.
# Each organisation packages it with the address of its own chaincode service (in its own
# namespace), installs the package on its peer, runs the service (java -jar the ccaas jar) and
# approves the definition with its own package id; the province commits it. The endorsement
# policy is $ENDORSEMENT_POLICY (MAJORITY by default; see endorsement_policy in common.sh).
# A changed jar or a changed policy is committed as the next sequence and keeps all state;
# running it again with the same jar and policy changes nothing.
# Returns only when every peer has the definition committed, reaches its chaincode service,
# and discovery offers endorsers satisfying the policy; then initialises the ledger once
# (admin:InitLedger: the province regulates, both districts are stations and enrol members).
# The jar: $CCAAS_JAR, else chaincode/target/chaincode-*-ccaas.jar. Exits 77 without Fabric binaries.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
require_fabric
T0=$SECONDS

jars=("$CHAINCODE_DIR"/target/chaincode-*-ccaas.jar)
JAR="${CCAAS_JAR:-${jars[0]}}"
if [ -z "$JAR" ] || [ ! -f "$JAR" ]; then
  echo "error: no ccaas jar; build it with: mvn -pl chaincode -am package -DskipTests (or set CCAAS_JAR)" >&2
  exit 1
fi
for org in "${ORGS[@]}"; do
  if ! addr_open "$(addr "$org")" "$PEER_PORT"; then
    echo "error: the peer of ${MSP[$org]} does not answer on $(addr "$org"):$PEER_PORT; start the consortium with up.sh (and node.sh start $org)" >&2
    exit 1
  fi
done
POLICY="$(endorsement_policy)"
JAR_HASH="$(sha256sum "$JAR" | cut -c1-12)"
VERSION="1.0-$JAR_HASH"
LABEL="${CC_NAME}_$VERSION"
declare -A PACKAGE_ID
mkdir -p "$WORK/packages"
for org in "${ORGS[@]}"; do
  # same label everywhere; the address differs, and so does each organisation's package id
  pkg="$("$NETWORK_DIR/package.sh" "$WORK/packages/$org-$LABEL.tgz" "$(addr "$org"):$CC_PORT" "$LABEL")"
  PACKAGE_ID[$org]="$(captured lifecycle peer lifecycle chaincode calculatepackageid "$pkg")"
done

# "sequence version" of the committed definition as the peer of $1 sees it; "0 -" when none.
committed() {
  local out rc=0
  out="$(as_admin "$1" peer lifecycle chaincode querycommitted --channelID "$CHANNEL" --name "$CC_NAME" -O json 2>&1)" || rc=$?
  if [ "$rc" -ne 0 ]; then
    if grep -q "namespace $CC_NAME is not defined" <<<"$out"; then
      echo "0 -"
      return 0
    fi
    echo "error: querycommitted on the peer of $1 failed: $out" >&2
    return 1
  fi
  echo "$(grep -o '"sequence": *[0-9]*' <<<"$out" | grep -o '[0-9]*$') $(grep -o '"version": *"[^"]*"' <<<"$out" | sed 's/.*"\([^"]*\)"$/\1/')"
}

# The package id organisation $1 approved for sequence $2; empty when it approved nothing for it.
approved() {
  local out
  out="$(as_admin "$1" peer lifecycle chaincode queryapproved --channelID "$CHANNEL" --name "$CC_NAME" \
    --sequence "$2" -O json 2>/dev/null)" || return 0
  grep -o '"package_id": *"[^"]*"' <<<"$out" | sed 's/.*"\([^"]*\)"$/\1/'
}

# Starts organisation $1's chaincode service for its package id, in its namespace, unless it runs already.
ensure_service() {
  local org="$1" name="$1-chaincode" idfile
  idfile="$(org_dir "$org")/chaincode.package_id"
  if [ -f "$WORK/pids/$name.pid" ] && alive "$(cat "$WORK/pids/$name.pid")" \
    && [ "$(cat "$idfile" 2>/dev/null)" = "${PACKAGE_ID[$org]}" ]; then
    return 0
  fi
  stop_named "$name"
  echo "starting the chaincode service of ${MSP[$org]} on $(addr "$org"):$CC_PORT"
  echo "${PACKAGE_ID[$org]}" >"$idfile"
  echo "$JAR" >"$(org_dir "$org")/chaincode.jar"
  start_chaincode "$org"
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

committed_everywhere() {
  local org
  for org in "${ORGS[@]}"; do
    [ "$(committed "$org")" = "$1 $VERSION" ] || return 1
  done
}

# True when discovery at the peer of $1 offers an endorsement layout for the chaincode (one that
# satisfies the committed policy with peers it knows to be alive and to run the chaincode).
discover_endorsers() {
  local out
  out="$(in_ns "$1" discover --configFile "$(org_dir "$1")/discover.yaml" endorsers --channel "$CHANNEL" \
    --chaincode "$CC_NAME" --server "$(addr "$1"):$PEER_PORT")" || return 1
  echo "$out"
  grep -q '"Layouts"' <<<"$out"
}

wait_ready() {
  local org
  poll 90 0.5 committed_everywhere "$1"
  for org in "${ORGS[@]}"; do
    poll 120 0.5 contract_answers "$org"
  done
  for org in "${ORGS[@]}"; do
    poll 90 0.5 discover_endorsers "$org"
  done
}

# Calls admin:InitLedger once, as the province's admin acting for its regulator (the transient
# actor, as the organisations' app servers sign), endorsed by all three peers.
init_ledger() {
  local out stations="" members="" org actor request
  if out="$(as_admin "$REGULATOR_ORG" peer chaincode query --channelID "$CHANNEL" --name "$CC_NAME" \
    -c '{"Args":["admin:GetConfig"]}' 2>&1)"; then
    echo "ledger already initialised: $(grep -o '"regulatorMsp":"[^"]*"' <<<"$out")"
    return 0
  fi
  for org in "${STATION_ORGS[@]}"; do stations+="${stations:+,}\"${MSP[$org]}\""; done
  for org in "${MEMBER_ORGS[@]}"; do members+="${members:+,}\"${MSP[$org]}\""; done
  request="{\"requestId\":\"consortium-init\",\"regulatorMsp\":\"${MSP[$REGULATOR_ORG]}\",\"stationMsps\":[$stations],\"memberMsps\":[$members]}"
  actor="$(printf '{"role":"regulator","user":"consortium-deploy"}' | base64 -w0)"
  echo "initialising the ledger: $request"
  # shellcheck disable=SC2046 # peer_args and orderer_args print one word per line
  logged lifecycle as_admin "$REGULATOR_ORG" peer chaincode invoke $(orderer_args "$REGULATOR_ORG") \
    --channelID "$CHANNEL" --name "$CC_NAME" $(peer_args "${ORGS[@]}") --waitForEvent \
    --transient "{\"actor\":\"$actor\"}" \
    -c "{\"Args\":[\"admin:InitLedger\",\"${request//\"/\\\"}\"]}"
}

# What this script committed last: "sequence version policy"; the policy cannot be read back in
# its written form from querycommitted, so a changed $ENDORSEMENT_POLICY is noticed here.
STATE_FILE="$WORK/deployed"
STATE=""
for attempt in 1 2 3 4 5; do
  if STATE="$(committed "$REGULATOR_ORG")"; then break; fi
  [ "$attempt" -eq 5 ] && exit 1
  sleep 1
done
read -r SEQUENCE CURRENT <<<"$STATE"
all_approved() {
  local org
  for org in "${ORGS[@]}"; do
    [ "$(approved "$org" "$1")" = "${PACKAGE_ID[$org]}" ] || return 1
  done
}
if [ "$SEQUENCE" -gt 0 ] && [ "$CURRENT" = "$VERSION" ] \
  && [ "$(cat "$STATE_FILE" 2>/dev/null)" = "$SEQUENCE $VERSION $POLICY" ] && all_approved "$SEQUENCE"; then
  echo "already committed: $CC_NAME $VERSION, sequence $SEQUENCE, policy $POLICY; nothing to deploy"
  for org in "${ORGS[@]}"; do ensure_service "$org"; done
  for org in "${ORGS[@]}"; do wait_for_addr "$(addr "$org")" "$CC_PORT" "$org-chaincode" 180; done
  wait_ready "$SEQUENCE"
  init_ledger
  echo "ready in $((SECONDS - T0))s: channel $CHANNEL, chaincode $CC_NAME, sequence $SEQUENCE"
  exit 0
fi
NEXT=$((SEQUENCE + 1))
if [ "$SEQUENCE" -gt 0 ]; then
  echo "upgrading $CC_NAME from $CURRENT (sequence $SEQUENCE) to $VERSION (sequence $NEXT), policy $POLICY"
else
  echo "deploying $CC_NAME $VERSION (sequence 1), policy $POLICY"
fi

# The services start (their JVMs take a few seconds) while the packages are installed.
for org in "${ORGS[@]}"; do ensure_service "$org"; done
for org in "${ORGS[@]}"; do
  if ! as_admin "$org" peer lifecycle chaincode queryinstalled -O json 2>/dev/null | grep -q "\"${PACKAGE_ID[$org]}\""; then
    echo "installing $LABEL on the peer of ${MSP[$org]}"
    logged lifecycle as_admin "$org" peer lifecycle chaincode install "$WORK/packages/$org-$LABEL.tgz"
  fi
done
for org in "${ORGS[@]}"; do wait_for_addr "$(addr "$org")" "$CC_PORT" "$org-chaincode" 180; done

# Organisation $1 approves the definition with its own package id, through its own orderer, unless
# it already did (an earlier run that stopped half way); retried while ordering is not ready.
approve() {
  [ "$(approved "$1" "$NEXT")" = "${PACKAGE_ID[$1]}" ] && return 0
  # shellcheck disable=SC2046
  logged lifecycle as_admin "$1" peer lifecycle chaincode approveformyorg $(orderer_args "$1") \
    --channelID "$CHANNEL" --name "$CC_NAME" --version "$VERSION" --package-id "${PACKAGE_ID[$1]}" \
    --sequence "$NEXT" --signature-policy "$POLICY" --waitForEvent
}
commit() {
  [ "$(committed "$REGULATOR_ORG")" = "$NEXT $VERSION" ] && return 0
  # shellcheck disable=SC2046
  logged lifecycle as_admin "$REGULATOR_ORG" peer lifecycle chaincode commit $(orderer_args "$REGULATOR_ORG") \
    --channelID "$CHANNEL" --name "$CC_NAME" --version "$VERSION" --sequence "$NEXT" \
    --signature-policy "$POLICY" $(peer_args "${ORGS[@]}") --waitForEvent
}
echo "approving for ${ORGS[*]} and committing sequence $NEXT"
for org in "${ORGS[@]}"; do
  POLL_VERBOSE=1 poll 90 1 approve "$org"
done
POLL_VERBOSE=1 poll 90 1 commit
echo "$NEXT $VERSION $POLICY" >"$STATE_FILE"

echo "waiting until every peer has sequence $NEXT, runs the contract, and discovery finds endorsers"
wait_ready "$NEXT"
init_ledger
echo "deployed in $((SECONDS - T0))s: channel $CHANNEL, chaincode $CC_NAME $VERSION, sequence $NEXT, policy $POLICY"
