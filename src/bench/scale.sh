#!/usr/bin/env bash
# Scale benchmark (issue 7): generates synthetic datasets of 10k, 100k and 1M events (seed 7), then for
# each prints its load time, the heap it keeps, and the time of a slider step and of a pan frame in a
# real 1280x800 window (Xvfb, JavaFX's software renderer), beside the same slider steps on a
# node-per-marker layer (10k and 100k only: a million Circles would not fit the heap bound).
# Each load is printed beside a bare Jackson pass over the same file (every token read, nothing kept),
# alternated over several rounds, with their ratio (issue 16).
# Usage: src/bench/scale.sh [SIZES...]      (default: 10000 100000 1000000; files go to a temp dir)
#        src/bench/scale.sh --json-floor FILE [ROUNDS]   (only the load beside the Jackson pass, no window;
#                                                        5 rounds unless told)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" = "--json-floor" ]; then
  [ $# -eq 2 ] || [ $# -eq 3 ] || { echo "usage: $0 --json-floor FILE [ROUNDS]" >&2; exit 2; }
  mvn -q -B -DskipTests package test-compile
  exec java -Xmx8g -cp "target/eventmap.jar:target/test-classes" org.eventmap.bench.ScaleBenchmark "$@"
fi
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb libgtk-3-0)" >&2; exit 2; }
mvn -q -B -DskipTests package test-compile
cp="target/eventmap.jar:target/test-classes"
dir=$(mktemp -d "${TMPDIR:-/tmp}/eventmap-scale.XXXXXX")
trap 'rm -rf "$dir"' EXIT
for n in "${sizes[@]}"; do
  java -cp "$cp" org.eventmap.bench.SyntheticDataset --events "$n" --seed 7 --out "$dir/events-$n.json"
done
for n in "${sizes[@]}"; do
  # No baseline beyond 200k events: a million Circles would not fit the heap bound.
  baseline=true steps=30
  [ "$n" -le 200000 ] || baseline=false
  echo
  xvfb-run -a -s "-screen 0 1280x800x24" java -Xmx8g -Dprism.order=sw -Dprism.vsync=false \
    -Djavafx.animation.pulse=1000 -cp "$cp" org.eventmap.bench.ScaleBenchmark "$dir/events-$n.json" \
    --steps "$steps" --baseline "$baseline" 2>/dev/null
done
