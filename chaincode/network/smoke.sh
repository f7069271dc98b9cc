#!/usr/bin/env bash
# One transaction through the deployed chaincode, endorsed by both organisations and committed:
#  1. the bureau's Admin (a cryptogen certificate, no attributes) evaluates admin:GetConfig on each
#     peer: the configuration, or on a fresh ledger the contract's own NOT_INITIALISED refusal
#     (either way that peer reached the chaincode service and ran the contract);
#  2. the same Admin submits admin:InitLedger: the contract must refuse it with FORBIDDEN (no
#     role=regulator attribute), showing that the access rules are live;
#  3. a regulator of CivilAffairsMSP (a client certificate with role=regulator, issued by the
#     bureau's CA, see `enrol` in common.sh) submits admin:InitLedger with both peers as
#     endorsers and --waitForEvent: it must commit VALID, which under the endorsement policy
#     AND(CivilAffairsMSP.peer, StationOperatorMSP.peer) needs both peers' endorsements. On a
#     ledger already initialised by this script the same requestId returns the stored result;
#  4. GetConfig through each peer must now show the configuration.
# Exits 77 without Fabric binaries, 1 on the first failed check.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require_fabric
T0=$SECONDS
RUN_LOG=smoke

fail() {
  echo "smoke: FAILED: $1" >&2
  [ -n "${2:-}" ] && sed 's/^/  | /' <<<"$2" >&2
  exit 1
}
for org in bureau station; do
  if run cc_query "$org" "" admin:GetConfig; then
    echo "smoke: GetConfig via the $org peer: $OUT"
  elif grep -q "NOT_INITIALISED" <<<"$OUT"; then
    echo "smoke: GetConfig via the $org peer: contract answered $(grep -o 'NOT_INITIALISED[^"]*' <<<"$OUT" | head -n 1)"
  else
    fail "GetConfig via the $org peer" "$OUT"
  fi
done

INIT='{"requestId":"smoke-init-1","regulatorMsp":"CivilAffairsMSP","stationMsps":["StationOperatorMSP"],"memberMsps":["StationOperatorMSP"]}'
if run cc_invoke bureau "" admin:InitLedger "$INIT"; then
  fail "InitLedger by the Admin (no role attribute) was accepted" "$OUT"
elif grep -q "FORBIDDEN" <<<"$OUT"; then
  echo "smoke: InitLedger by the Admin without role: refused by the contract with $(grep -o 'FORBIDDEN[^"]*' <<<"$OUT" | head -n 1)"
else
  fail "InitLedger by the Admin: expected the contract's FORBIDDEN" "$OUT"
fi

REGULATOR="$(enrol bureau smoke-regulator '{"role":"regulator"}')"
if run cc_invoke bureau "$REGULATOR" admin:InitLedger "$INIT" && grep -q "Chaincode invoke successful. result: status:200" <<<"$OUT"; then
  echo "smoke: InitLedger by a CivilAffairsMSP regulator, endorsed by both peers: committed VALID"
  echo "smoke:   $(grep -o 'result: status:200.*' <<<"$OUT" | cut -c1-200)"
else
  fail "InitLedger by the regulator, endorsed by both peers" "$OUT"
fi

for org in bureau station; do
  if run cc_query "$org" "" admin:GetConfig && grep -q '"regulatorMsp":"CivilAffairsMSP"' <<<"$OUT"; then
    echo "smoke: GetConfig via the $org peer after the commit: $(cut -c1-120 <<<"$OUT")…"
  else
    fail "GetConfig via the $org peer after InitLedger" "$OUT"
  fi
done
echo "smoke: passed in $((SECONDS - T0))s"
