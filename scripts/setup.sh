#!/usr/bin/env bash
# Installs everything a fresh machine needs to build and test LifecycleLang. Safe to run twice.
# Needs only the package registries (NuGet, npm, Debian); nothing is downloaded at build or run time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
mkdir -p "$tools"

need() { command -v "$1" >/dev/null 2>&1; }

apt_install() {
  if need apt-get; then
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
  else
    echo "setup: please install: $*" >&2; exit 1
  fi
}

# .NET SDK: the image provides it; say so plainly when it does not.
if ! need dotnet; then
  echo "setup: the .NET SDK (10.0) is required: https://dotnet.microsoft.com/download" >&2
  exit 1
fi

# Java runs the ANTLR tool at build time.
if ! need java; then
  echo "setup: installing a Java runtime for the ANTLR tool"
  apt_install default-jre-headless
fi

# The ANTLR 4.13 tool jar (C# target), shipped inside the npm package antlr4ng-cli.
jar="$tools/antlr/antlr4-complete.jar"
if [ ! -f "$jar" ]; then
  need npm || apt_install npm
  echo "setup: fetching the ANTLR 4.13 tool (npm antlr4ng-cli@2.0.0)"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent antlr4ng-cli@2.0.0 >/dev/null && tar xzf antlr4ng-cli-2.0.0.tgz)
  mkdir -p "$tools/antlr"
  cp "$tmp/package/antlr4-4.13.2-SNAPSHOT-complete.jar" "$jar"
  rm -rf "$tmp"
fi

# Optional tools used by some tests (Graphviz for `graph --format dot`, Neovim for the LSP client test).
if [ "${LIFECYCLE_SETUP_OPTIONAL:-1}" = "1" ]; then
  missing=()
  need dot || missing+=(graphviz)
  need nvim || missing+=(neovim)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    apt_install "${missing[@]}" || echo "setup: could not install ${missing[*]}; tests that need them will be skipped" >&2
  fi
fi

echo "setup: restoring NuGet packages"
dotnet restore "$root/LifecycleLang.sln" --verbosity quiet
echo "setup: done"
