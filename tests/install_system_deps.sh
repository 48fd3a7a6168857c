#!/usr/bin/env bash
# Installs the non-Python tools the test suite uses, as on a new machine:
#   Debian: redis-server (rate limits against real Redis), chromium (end-to-end browser tests)
#   (Node 22 and the MCP conformance suite are installed by tests/mcp/conformance/run.sh into .tools/)
# Each step is skipped when its tool is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)  # the page's Markdown parser, run in tests/web
if ((${#need_apt[@]})); then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "install-system-deps: need root (or sudo) to apt-get install ${need_apt[*]}" >&2
    exit 1
  fi
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  echo "install-system-deps: apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
