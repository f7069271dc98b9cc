#!/usr/bin/env bash
# Checks that upgrading the chaincode keeps the ledger: up.sh, deploy.sh, state written
# (smoke.sh's InitLedger and a category by the regulator), then deploy.sh with a changed jar (a
# copy with one extra file, so a new sha256, version, label and package id), which must commit
# sequence 2 and run the new service; the state must still be there, a new transaction must
# commit, and deploy.sh again with the same jar must change nothing. down.sh at the end, always.
# Uses the network's default ports, so no other network may run. Exits 77 without Fabric binaries.
set -euo pipefail
NETWORK="$(cd "$(dirname "$0")" && pwd)"
source "$NETWORK/common.sh"
require_fabric
RUN_LOG=redeploy-check
JAR="${CCAAS_JAR:-$(ls "$CHAINCODE_DIR"/target/chaincode-*-ccaas.jar 2>/dev/null | head -n 1)}"
if [ -z "$JAR" ] || [ ! -f "$JAR" ]; then
  echo "error: no ccaas jar; build it with: mvn -pl chaincode -am package -DskipTests (or set CCAAS_JAR)" >&2
  exit 1
fi
SCRATCH="$(mktemp -d)"
finish() {
  local rc=$?
  "$NETWORK/down.sh" || rc=1
  rm -rf "$SCRATCH"
  if [ "$rc" -eq 0 ]; then echo "redeploy-check: PASSED"; else echo "redeploy-check: FAILED" >&2; fi
  exit "$rc"
}
trap finish EXIT
fail() {
  echo "redeploy-check: FAILED: $1" >&2
  [ -n "${2:-}" ] && sed 's/^/  | /' <<<"$2" >&2
  exit 1
}
step() { echo "== $*"; }
committed_on() { # "sequence version" on the peer of $1
  as_admin "$1" peer lifecycle chaincode querycommitted --channelID "$CHANNEL" --name "$CC_NAME" -O json \
    | tr -d ' \t\n' | sed 's/.*"sequence":\([0-9]*\),"version":"\([^"]*\)".*/\1 \2/'
}

step "up.sh"
"$NETWORK/up.sh"
step "deploy.sh with $(basename "$JAR") (sha256 $(sha256sum "$JAR" | cut -c1-12))"
CCAAS_JAR="$JAR" "$NETWORK/deploy.sh"
OLD_PACKAGE="$(cat "$WORK/chaincode.package_id")"
OLD_PID="$(cat "$WORK/pids/chaincode.pid")"
for org in bureau station; do echo "committed on the $org peer: $(committed_on "$org")"; done

step "writing state: smoke.sh (InitLedger) and a category REDEPLOY_A by the regulator"
"$NETWORK/smoke.sh"
REGULATOR="$(enrol bureau smoke-regulator '{"role":"regulator"}')"
run cc_invoke bureau "$REGULATOR" admin:PutCategory \
  '{"requestId":"redeploy-a","code":"REDEPLOY_A","nameZh":"升级前","nameEn":"Before the upgrade","weightPercent":150}' \
  || fail "PutCategory REDEPLOY_A" "$OUT"
echo "PutCategory REDEPLOY_A: $(grep -o 'status:200.*' <<<"$OUT" | cut -c1-160)"
HEIGHT_BEFORE="$(as_admin bureau peer channel getinfo -c "$CHANNEL" 2>/dev/null | grep -o '"height":[0-9]*')"
echo "ledger before the upgrade: $HEIGHT_BEFORE"

step "changing the jar: a copy with one more file"
CHANGED="$SCRATCH/chaincode-changed-ccaas.jar"
cp "$JAR" "$CHANGED"
echo "redeployed $(date -u +%FT%TZ)" >"$SCRATCH/redeploy-marker.txt"
(cd "$SCRATCH" && jar -J-Xmx64m uf "$CHANGED" redeploy-marker.txt)
echo "$(basename "$JAR") sha256 $(sha256sum "$JAR" | cut -c1-12) -> changed jar sha256 $(sha256sum "$CHANGED" | cut -c1-12)"

step "deploy.sh with the changed jar"
CCAAS_JAR="$CHANGED" "$NETWORK/deploy.sh"
NEW_PACKAGE="$(cat "$WORK/chaincode.package_id")"
NEW_PID="$(cat "$WORK/pids/chaincode.pid")"
NEW_VERSION="$CC_VERSION-$(sha256sum "$CHANGED" | cut -c1-12)"
for org in bureau station; do
  now="$(committed_on "$org")"
  echo "committed on the $org peer: $now"
  [ "$now" = "2 $NEW_VERSION" ] || fail "the $org peer should have sequence 2, version $NEW_VERSION" "$now"
done
[ "$NEW_PACKAGE" != "$OLD_PACKAGE" ] || fail "the package id did not change" "$NEW_PACKAGE"
echo "package $OLD_PACKAGE -> $NEW_PACKAGE"
if alive "$OLD_PID"; then fail "the old chaincode service (pid $OLD_PID) still runs"; fi
echo "chaincode service pid $OLD_PID (stopped) -> $NEW_PID, running: $(ps -o args= -p "$NEW_PID" | cut -c1-80)"

step "state after the upgrade"
for org in bureau station; do
  run cc_query "$org" "" admin:GetConfig && grep -q '"regulatorMsp":"CivilAffairsMSP"' <<<"$OUT" \
    || fail "GetConfig via the $org peer after the upgrade" "$OUT"
  echo "GetConfig via the $org peer: $(cut -c1-100 <<<"$OUT")…"
  run cc_query "$org" "" admin:ListCategories && grep -q '"code":"REDEPLOY_A"' <<<"$OUT" \
    || fail "category REDEPLOY_A via the $org peer after the upgrade" "$OUT"
  echo "ListCategories via the $org peer: $(grep -o '{"code":"REDEPLOY_A"[^}]*}' <<<"$OUT")"
done

step "a new transaction on the upgraded chaincode"
run cc_invoke bureau "$REGULATOR" admin:PutCategory \
  '{"requestId":"redeploy-b","code":"REDEPLOY_B","nameZh":"升级后","nameEn":"After the upgrade","weightPercent":200}' \
  || fail "PutCategory REDEPLOY_B after the upgrade" "$OUT"
echo "PutCategory REDEPLOY_B: $(grep -o 'status:200.*' <<<"$OUT" | cut -c1-160)"
for org in bureau station; do
  run cc_query "$org" "" admin:ListCategories && grep -q '"code":"REDEPLOY_B"' <<<"$OUT" \
    && grep -q '"code":"REDEPLOY_A"' <<<"$OUT" || fail "categories via the $org peer" "$OUT"
  echo "via the $org peer: $(grep -o '"code":"REDEPLOY_[AB]"' <<<"$OUT" | tr '\n' ' ')and $(grep -o '"code":' <<<"$OUT" | wc -l) categories in all"
done
echo "ledger after the upgrade: $(as_admin bureau peer channel getinfo -c "$CHANNEL" 2>/dev/null | grep -o '"height":[0-9]*') (before: $HEIGHT_BEFORE)"

step "deploy.sh again with the same changed jar: nothing to do"
OUT="$(CCAAS_JAR="$CHANGED" "$NETWORK/deploy.sh")" || fail "deploy.sh with an unchanged jar" "$OUT"
echo "$OUT"
grep -q "already committed" <<<"$OUT" || fail "deploy.sh with an unchanged jar should say it is already committed"
[ "$(cat "$WORK/pids/chaincode.pid")" = "$NEW_PID" ] || fail "the chaincode service was restarted needlessly"
[ "$(committed_on bureau)" = "2 $NEW_VERSION" ] || fail "the sequence changed" "$(committed_on bureau)"

step "down.sh"
