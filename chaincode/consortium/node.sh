#!/usr/bin/env bash
# Stops or starts single nodes of one organisation of the running consortium, to take part of
# the network away and bring it back with its ledger as it was (the fault tests do this):
#   node.sh stop|start <province|jinshui|weidu> [peer|orderer|chaincode|ca ...]   (default: peer orderer)
# start waits until the node listens again; catching up with the others is left to the caller.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
require_fabric

usage() {
  echo "usage: $0 stop|start <${ORGS[*]// /|}> [peer|orderer|chaincode|ca ...]" >&2
  exit 2
}
[ $# -ge 2 ] || usage
action="$1" org="$2"
shift 2
[ -n "${MSP[$org]:-}" ] || usage
nodes=("$@")
[ ${#nodes[@]} -gt 0 ] || nodes=(peer orderer)

for node in "${nodes[@]}"; do
  case "$node" in
    peer) port=$PEER_PORT ;;
    orderer) port=$ORDERER_PORT ;;
    chaincode) port=$CC_PORT ;;
    ca) port=$CA_PORT ;;
    *) usage ;;
  esac
  name="$org-$node"
  case "$action" in
    stop)
      stop_named "$name"
      echo "stopped $name"
      ;;
    start)
      if [ -f "$WORK/pids/$name.pid" ] && alive "$(cat "$WORK/pids/$name.pid")"; then
        echo "$name runs already"
        continue
      fi
      case "$node" in
        peer) start_peer "$org" ;;
        orderer) start_orderer "$org" ;;
        chaincode) start_chaincode "$org" ;;
        ca)
          echo "error: node.sh does not restart CAs (up.sh starts them)" >&2
          exit 2
          ;;
      esac
      wait_for_addr "$(addr "$org")" "$port" "$name" 120
      echo "started $name"
      ;;
    *) usage ;;
  esac
done
