#!/usr/bin/env bash
# What CI runs for the VS Code extension: a clean install from the lock file, the build, every test.
# Needs Node 20+ and npm with the npm registry; nothing else is downloaded.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
npm ci --no-audit --no-fund
npm run build
npm test
