#!/usr/bin/env bash
# A fuzzing campaign: every @FuzzTest target, one after another (or a few at a time), each fuzzed for the
# same time, then one table of executions, coverage and findings. Not part of `mvn verify`.
# Usage: src/fuzz/campaign.sh [DURATION] [AT_ONCE] [Class#method ...]
#   DURATION  Jazzer's maxDuration for each target (default 10m)
#   AT_ONCE   targets fuzzed side by side (default 1; each takes a core)
# It fuzzes a copy of the project (the copy's @FuzzTest(maxDuration) is raised to DURATION), starts
# from and adds to .cifuzz-corpus/, and copies any finding (crash-*, timeout-*) into the kept corpus
# of this checkout, where `mvn verify` replays it. Logs and the table go to target/fuzz-campaign/.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10m}
at_once=${2:-1}
shift $(( $# > 2 ? 2 : $# ))
heap=${FUZZ_HEAP:-2g}
project=$PWD
out=$project/target/fuzz-campaign
mkdir -p "$out"
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
tar --exclude=./target --exclude=./.git -cf - . | tar -xf - -C "$copy"
sed -i "s/maxDuration = \"[^\"]*\"/maxDuration = \"$duration\"/" "$copy"/src/test/java/org/eventmap/fuzz/*.java
targets=("$@")
if ((${#targets[@]} == 0)); then
  mapfile -t targets < <(grep -A3 '@FuzzTest' "$copy"/src/test/java/org/eventmap/fuzz/*.java \
    | sed -n 's|.*/\([A-Za-z]*\)\.java-.*void \([A-Za-z]*\)(.*|\1#\2|p')
fi
(cd "$copy" && mvn -q -B -ntp -o test-compile)
fuzz_one() {
  local target=$1 log=$out/${1/\#/.}.log
  local started=$SECONDS
  # Each run has surefire's folder of its own: runs side by side removed each other's booter jars.
  if (cd "$copy" && JAZZER_FUZZ=1 nice -n 10 mvn -B -ntp -o surefire:test -Dtest="$target" \
      -Dsurefire.failIfNoSpecifiedTests=false -DargLine="-Xmx$heap" \
      -DtempDir="surefire-${target//#/-}" >"$log" 2>&1); then
    echo "passed $(( SECONDS - started ))" >"$log.result"
  else
    echo "FINDING $(( SECONDS - started ))" >"$log.result"
  fi
}
running=0
for target in "${targets[@]}"; do
  echo "fuzzing $target for $duration ($(date -u +%H:%M))"
  fuzz_one "$target" &
  running=$((running + 1))
  if ((running >= at_once)); then wait -n; running=$((running - 1)); fi
done
wait
# What the fuzzers learnt, and what they found, back into this checkout.
if [[ -d "$copy/.cifuzz-corpus" ]]; then mkdir -p .cifuzz-corpus && cp -r "$copy/.cifuzz-corpus/." .cifuzz-corpus/; fi
found=$(cd "$copy" && find src/test/resources/org/eventmap/fuzz -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'slow-unit-*' \) 2>/dev/null || true)
for f in $found; do mkdir -p "$(dirname "$f")"; cp "$copy/$f" "$f"; echo "finding kept: $f"; done
{
  printf '| target | fuzzed | executions | exec/s | coverage (edges) | features | corpus | result |\n|---|---:|---:|---:|---:|---:|---:|---|\n'
  for target in "${targets[@]}"; do
    log=$out/${target/\#/.}.log
    read -r result seconds <"$log.result"
    done_line=$(grep -aE '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true)
    [[ -n "$done_line" ]] || done_line=$(grep -aE '^#[0-9]+[[:space:]]' "$log" | tail -1 || true)
    execs=$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$done_line")
    rate=$(sed -n 's/.*exec\/s: \([0-9]*\).*/\1/p' <<<"$done_line")
    cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$done_line")
    ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$done_line")
    corp=$(sed -n 's/.*corp: \([0-9]*\)\/.*/\1/p' <<<"$done_line")
    printf '| `%s` | %d min %02d s | %s | %s | %s | %s | %s | %s |\n' "$target" $((seconds / 60)) $((seconds % 60)) \
      "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result"
  done
} | tee "$out/table.md"
