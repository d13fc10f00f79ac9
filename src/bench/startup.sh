#!/usr/bin/env bash
# Start-up benchmark: time from JVM start to Eventmap's first map frame (basemap and markers of the
# curated dataset), beside an empty JavaFX window of the same size, in a real window under Xvfb.
# Usage: [STARTUP_REALTIME=1] src/bench/startup.sh [RUNS]   (default 5 runs each, alternated; each run and the median)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb libgtk-3-0)" >&2; exit 2; }
mvn -q -B -DskipTests package test-compile
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# On a machine shared with other work, STARTUP_REALTIME=1 runs each start in the real-time class
# (`chrt -r 1`, as root), so that the other jobs do not interleave with it.
rt=()
[[ -n "${STARTUP_REALTIME:-}" ]] && rt=(chrt -r 1)
start_ms() {
  "${rt[@]}" xvfb-run -a -s "-screen 0 1280x800x24" "$@" 2>/dev/null \
    | sed -n 's/^startup: [^0-9]* \([0-9][0-9]*\) ms after.*/\1/p' | head -1
}
session=$(mktemp -u)  # no session: every start opens the curated dataset
empty=() app=()
for _ in $(seq "$runs"); do  # alternated, so that a slower spell of the machine falls on both
  empty+=("$(start_ms java -cp target/eventmap.jar:target/test-classes org.eventmap.bench.EmptyWindowStartup)")
  app+=("$(start_ms java -Deventmap.session="$session" -jar target/eventmap.jar --report-startup)")
done
echo "empty JavaFX window, first frame (ms):   ${empty[*]}   median $(printf '%s\n' "${empty[@]}" | median)"
echo "Eventmap, first full map frame (ms):     ${app[*]}   median $(printf '%s\n' "${app[@]}" | median)"
echo "Eventmap's start-up moments, one more run:"
"${rt[@]}" xvfb-run -a -s "-screen 0 1280x800x24" java -Deventmap.session="$session" -jar target/eventmap.jar \
  --report-startup 2>/dev/null | sed -n 's/^startup: moments/  moments/p'
