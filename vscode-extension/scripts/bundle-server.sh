#!/usr/bin/env bash
# Publishes the LifecycleLang language server into server/ so that `vsce package` bundles it as
# server/LifecycleLang.LanguageServer.dll (run with `dotnet`). The server is built by the .NET
# solution; while its project does not exist yet this says so and packages without a server.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
project="../lsp/LifecycleLang.LanguageServer/LifecycleLang.LanguageServer.csproj"

if [ ! -f "$project" ]; then
  echo "bundle-server: SKIP: $project does not exist yet; packaging without a bundled language server."
  exit 0
fi
if ! command -v dotnet >/dev/null 2>&1; then
  echo "bundle-server: error: dotnet is needed to publish $project" >&2
  exit 1
fi
rm -rf server
# Framework-dependent and portable (no native app host): the extension runs it with `dotnet`.
dotnet publish "$project" -c Release -o server --nologo -p:UseAppHost=false
if [ ! -f server/LifecycleLang.LanguageServer.dll ]; then
  echo "bundle-server: error: dotnet publish did not produce server/LifecycleLang.LanguageServer.dll" >&2
  exit 1
fi
# XML API docs are not needed at run time.
find server -name '*.xml' -delete
echo "bundle-server: published $(ls server | wc -l) files into server/"
