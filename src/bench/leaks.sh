#!/usr/bin/env bash
# Leak benchmark (issue 17, "no leaks"): opens ten different large files one after another in the real
# app (a 1280x800 window under Xvfb, File > Open's path), then the last one saved again (the app reads
# the file it follows again), then a GeoJSON and a CSV export of it (other readers, and the zone lookup
# for CSV), and prints after each: the heap in use after full collections, the live Event, Dataset and
# EventTimeIndex objects, how many of the datasets shown so far are still reachable, and the time from
# opening to shown. The heap after ten files should be where it is after one.
# Usage: src/bench/leaks.sh [EVENTS] [FILES]      (default: 200000 events a file, 10 files, seeds 1..FILES;
#                                                 about 290 MB a file, written to a temp dir, deleted after)
# With EVENTMAP_LEAKS_DIR=DIR the files are kept in DIR and reused by the next run (writing ten takes
# minutes on a busy machine).
set -euo pipefail
cd "$(dirname "$0")/../.."
events=${1:-200000}
count=${2:-10}
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb libgtk-3-0)" >&2; exit 2; }
mvn -q -B -DskipTests package test-compile
cp="target/eventmap.jar:target/test-classes"
if [ -n "${EVENTMAP_LEAKS_DIR:-}" ]; then
  dir=$EVENTMAP_LEAKS_DIR
  mkdir -p "$dir"
else
  dir=$(mktemp -d "${TMPDIR:-/tmp}/eventmap-leaks.XXXXXX")
  trap 'rm -rf "$dir"' EXIT
fi
steps=()
for seed in $(seq "$count"); do
  file="$dir/events-$seed.json"
  # A kept file is reused only if it was written with as many events.
  if ! [ -s "$file" ] || ! grep -q "\"Synthetic conflict events ($events, benchmark)\"" <(head -c 2000 "$file"); then
    java -cp "$cp" org.eventmap.bench.SyntheticDataset --events "$events" --seed "$seed" --out "$file"
  fi
  steps+=("$file")
done
last="$dir/events-$count.json"
java -jar target/eventmap.jar export --geojson "$last" --out "$dir/events-$count.geojson" >/dev/null
java -jar target/eventmap.jar export --csv "$last" --out "$dir/events-$count.csv" >/dev/null
rm -f "$dir/session.json" "$dir/preferences.json"
steps+=(reload "$dir/events-$count.geojson" "$dir/events-$count.csv")
# The session and preferences go to the temp dir: the person's own are neither read nor changed.
xvfb-run -a -s "-screen 0 1280x800x24" java -Xmx6g -Deventmap.session="$dir/session.json" -Dprism.order=sw \
  -cp "$cp" org.eventmap.bench.LeakBenchmark "${steps[@]}" 2>"$dir/stderr.txt" || { cat "$dir/stderr.txt" >&2; exit 1; }
