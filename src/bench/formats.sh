#!/usr/bin/env bash
# Format benchmarks (issue 13): writes a million-row ACLED-shaped CSV (about 420 MB), 100k GeoJSON
# features (a USGS-shaped feed and a plain event list) and 100k KML placemarks (and the same as KMZ) to a
# temp dir, then reads each through the format registry as the app does, printing every load time, the
# median, the CPU and collection time and the heap the loaded dataset keeps. The offline time zone
# polygons are read first and timed apart: the app reads them once, for the first file that needs them.
# Usage: src/bench/formats.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -DskipTests package test-compile
cp="target/eventmap.jar:target/test-classes"
dir=$(mktemp -d "${TMPDIR:-/tmp}/eventmap-formats.XXXXXX")
trap 'rm -rf "$dir"' EXIT
java -cp "$cp" org.eventmap.bench.AcledCsvGenerator "$dir/acled-1m.csv" 1000000
java -Xmx8g -cp "$cp" org.eventmap.bench.CsvBenchmark --runs 2 "$dir/acled-1m.csv"
java -cp "$cp" org.eventmap.bench.GeoJsonBenchmark generate "$dir/usgs-100k.geojson" 100000 usgs
java -cp "$cp" org.eventmap.bench.GeoJsonBenchmark generate "$dir/plain-100k.geojson" 100000 plain
java -Xmx4g -cp "$cp" org.eventmap.bench.GeoJsonBenchmark --runs 3 "$dir/usgs-100k.geojson" "$dir/plain-100k.geojson"
java -Xmx4g -cp "$cp" org.eventmap.bench.KmlBenchmark --runs 3 "$dir/kml-100k.kml"
