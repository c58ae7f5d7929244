#!/usr/bin/env bash
# Runs every test: the .NET solution (syntax, checker, emitter, runtime, CLI, language server; the
# acceptance cases in ../shared/acceptance are among them) and the VS Code extension's offline tests.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ ! -f .tools/antlr/antlr4-complete.jar ]; then
  echo "test: the ANTLR tool is missing; run scripts/setup.sh first" >&2
  exit 2
fi

echo "== dotnet build"
dotnet build LifecycleLang.sln -c Release --nologo -v q -clp:ErrorsOnly
echo "== dotnet test"
dotnet test LifecycleLang.sln -c Release --no-build --nologo -v q

if [ -f vscode-extension/test/run-all.sh ] && command -v npm >/dev/null 2>&1; then
  echo "== vscode-extension"
  bash vscode-extension/test/run-all.sh
fi
echo "== all tests passed"
