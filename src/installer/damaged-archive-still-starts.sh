#!/usr/bin/env bash
# Regression check (ADR 0024): a missing, empty or damaged start-up archive costs speed, never a start.
# Before -XX:+VerifySharedSpaces was in the launcher's options, random bytes inside the archive crashed
# the installed app (SIGSEGV, exit 134) at every start.
# Usage: src/installer/damaged-archive-still-starts.sh [APPDIR]
#   APPDIR  the installed app (default /opt/eventmap, the .deb's; target/installer/Eventmap for the image)
# Runs `validate` on the curated dataset with each damaged archive and puts the archive back after.
set -euo pipefail
cd "$(dirname "$0")/../.."
app=${1:-/opt/eventmap}
launcher=$app/bin/Eventmap
archive=$app/lib/app/eventmap.jsa
dataset=assets/datasets/gaza-diplomacy-2024-03.json
[[ -x $launcher && -f $archive ]] || { echo "no installed app with a start-up archive in $app" >&2; exit 2; }
kept=$(mktemp -d)
cp -p "$archive" "$kept/eventmap.jsa"
trap 'cp -p "$kept/eventmap.jsa" "$archive"; rm -rf "$kept"' EXIT
# A crash's report goes with the rest, not into the current directory.
export JAVA_TOOL_OPTIONS="-XX:ErrorFile=$kept/hs_err_%p.log"
failures=0
starts() {
  local out
  out=$(mktemp)
  if "$launcher" validate "$dataset" >"$out" 2>/dev/null && grep -q ': valid, ' "$out" && [[ $(wc -l <"$out") -eq 1 ]]; then
    echo "ok:     $1"
  else
    echo "FAILED: $1: $(head -c 200 "$out" | tr '\n' ' ')"
    failures=$((failures + 1))
  fi
  rm -f "$out"
}
fresh() { rm -f "$archive"; cp "$kept/eventmap.jsa" "$archive"; chmod u+w "$archive"; }
fresh; starts "the archive as made"
rm -f "$archive"; starts "no archive"
fresh; : >"$archive"; starts "an empty archive"
fresh; printf 'XXXXXXXX' | dd of="$archive" conv=notrunc status=none; starts "its header overwritten"
fresh; head -c 1000000 /dev/urandom | dd of="$archive" bs=1000000 seek=2 conv=notrunc status=none
starts "1 MB of random bytes at 2 MB"
fresh; head -c 4000000 /dev/urandom | dd of="$archive" bs=1000000 seek=20 conv=notrunc status=none
starts "4 MB of random bytes at 20 MB"
[[ $failures -eq 0 ]] || { echo "$failures of 6 starts failed" >&2; exit 1; }
echo "a damaged start-up archive costs speed only (6 of 6 started)"
