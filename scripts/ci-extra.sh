#!/usr/bin/env bash
# Extra CI suite, run by .ci/run after `npm test`: packages the VS Code extension and runs it in
# a real VS Code (code-server in Chromium) — the end-to-end test. Exits non-zero on failure and
# prints its own outcome. Idempotent: the code-server install is cached in
# $HOME/.cache/formguard-e2e and reused.
set -uo pipefail
cd "$(dirname "$0")/.."

fail() { echo "ci-extra: FAILED — $*"; exit 1; }

echo "ci-extra: packaging the extension (npm run package)"
npm run --silent package || fail "npm run package did not produce the .vsix"
version="$(node -p 'require("./package.json").version')"
vsix="formguard-${version}.vsix"
[ -f "$vsix" ] || fail "$vsix was not created"
echo "ci-extra: $vsix is $(du -k "$vsix" | cut -f1) KiB"

echo "ci-extra: installing code-server for the end-to-end test (cached after the first run)"
bash scripts/e2e-setup.sh || fail "could not install code-server (scripts/e2e-setup.sh)"

echo "ci-extra: VS Code end-to-end test (npm run test:e2e)"
mkdir -p test-artifacts
if FORMGUARD_VSIX="$vsix" npm run --silent test:e2e -- --reporter=default --reporter=json --outputFile.json=test-artifacts/e2e.json; then
  echo "ci-extra: PASSED — the extension works in VS Code (screenshots in test-artifacts/e2e-*.png)"
else
  fail "the VS Code end-to-end test failed (screenshots and test-artifacts/e2e-code-server.log show where)"
fi
