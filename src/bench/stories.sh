#!/usr/bin/env bash
# Benchmarks of issue 14's formats: 100k slides of TimelineJS (JSON and the spreadsheet template), 100k
# StoryMapJS slides, 100k timemap events and 100k timemap.js items read through the format registry as the
# app reads them, then 100k events written in each export format. Every load or write time is printed,
# with the median and the heap a loaded dataset keeps. The files go to a temp dir, never into the project.
# Usage: src/bench/stories.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -DskipTests package test-compile
cp="target/eventmap.jar:target/test-classes"
dir=$(mktemp -d "${TMPDIR:-/tmp}/eventmap-stories.XXXXXX")
trap 'rm -rf "$dir"' EXIT
java -cp "$cp" org.eventmap.bench.TimelineJsBenchmark generate "$dir/timeline-100k.json" 100000 json
java -cp "$cp" org.eventmap.bench.TimelineJsBenchmark generate "$dir/timeline-100k.csv" 100000 csv
java -Xmx4g -cp "$cp" org.eventmap.bench.TimelineJsBenchmark --runs 3 "$dir/timeline-100k.json" "$dir/timeline-100k.csv"
java -cp "$cp" org.eventmap.bench.StoryMapBenchmark generate "$dir" 100000
java -Xmx4g -cp "$cp" org.eventmap.bench.StoryMapBenchmark --runs 3 "$dir/storymap.json" "$dir/timemap.json" "$dir/timemapjs.json"
java -Xmx4g -cp "$cp" org.eventmap.bench.ExportBenchmark "$dir/export" --events 100000 --runs 5
