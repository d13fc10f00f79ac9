#!/usr/bin/env bash
# Map frame benchmark: frames per second while panning and zooming over the basemap with the curated
# dataset, in a real 1280x800 window under Xvfb with JavaFX's software renderer.
# Usage: src/bench/map-frames.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb libgtk-3-0)" >&2; exit 2; }
mvn -q -B -DskipTests package test-compile
xvfb-run -a -s "-screen 0 1280x800x24" java -Dprism.order=sw -Dprism.vsync=false \
  -cp target/eventmap.jar:target/test-classes org.eventmap.bench.MapFrameBenchmark 2>/dev/null
