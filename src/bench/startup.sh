#!/usr/bin/env bash
# Start-up benchmark: time from JVM start to Eventmap's first map frame (basemap and markers of the
# curated dataset), beside an empty JavaFX window of the same size, in a real window under Xvfb.
# Usage: src/bench/startup.sh [RUNS]      (default 5 runs each; prints each run and the median)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb libgtk-3-0)" >&2; exit 2; }
mvn -q -B -DskipTests package test-compile
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() {
  for _ in $(seq "$runs"); do
    xvfb-run -a -s "-screen 0 1280x800x24" "$@" 2>/dev/null | sed -n 's/^startup: .* \([0-9][0-9]*\) ms after.*/\1/p'
  done
}
empty=$(measure java -cp target/eventmap.jar:target/test-classes org.eventmap.bench.EmptyWindowStartup)
app=$(measure java -jar target/eventmap.jar --report-startup)
echo "empty JavaFX window, first frame (ms):   $(echo $empty)   median $(echo "$empty" | median)"
echo "Eventmap, first full map frame (ms):     $(echo $app)   median $(echo "$app" | median)"
