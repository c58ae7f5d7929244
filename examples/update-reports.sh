#!/usr/bin/env bash
# Fills the "Simulated report" section of every example's README with
#   ./lifecycle simulate <example> --events <example>/events.jsonl --report
# (between the <!-- simulated-report:start --> and <!-- simulated-report:end --> markers).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if ! ./lifecycle simulate --help >/dev/null 2>&1; then
  echo "update-reports: 'lifecycle simulate' does not exist yet (it is being built); the README reports stay placeholders" >&2
  exit 1
fi

status=0
for dir in examples/*/; do
  example="${dir%/}"
  readme="$example/README.md"
  [ -f "$example/events.jsonl" ] && [ -f "$readme" ] || continue
  if ! report="$(./lifecycle simulate "$example" --events "$example/events.jsonl" --report)"; then
    echo "update-reports: simulating $example failed" >&2
    status=1
    continue
  fi
  if ! grep -q '<!-- simulated-report:start -->' "$readme" || ! grep -q '<!-- simulated-report:end -->' "$readme"; then
    echo "update-reports: $readme has no simulated-report markers" >&2
    status=1
    continue
  fi
  tmp="$(mktemp)"
  REPORT="$report" awk '
    /<!-- simulated-report:start -->/ { print; print "```"; print ENVIRON["REPORT"]; print "```"; skip = 1; next }
    /<!-- simulated-report:end -->/ { skip = 0 }
    !skip { print }
  ' "$readme" > "$tmp"
  mv "$tmp" "$readme"
  echo "update-reports: $readme"
done
exit $status
