#!/usr/bin/env bash
# Start-up of the installed app beside the jar's and an empty JavaFX window's: time from JVM start to
# the first frame, in a real window under Xvfb, the three alternated run by run (as startup.sh does).
# Usage: src/bench/startup-installed.sh [RUNS] [LAUNCHER]
#   RUNS      runs of each (default 5); prints each run and the median
#   LAUNCHER  the installed launcher (default: the .deb's, /opt/eventmap/bin/Eventmap, when installed,
#             else the app image's, target/installer/Eventmap/bin/Eventmap)
# Builds what is missing with `mvn -Pinstaller package test-compile` (docs/install.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
launcher=${2:-}
if [[ -z $launcher ]]; then
  if [[ -x /opt/eventmap/bin/Eventmap ]]; then launcher=/opt/eventmap/bin/Eventmap
  else launcher=target/installer/Eventmap/bin/Eventmap; fi
fi
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb libgtk-3-0)" >&2; exit 2; }
if [[ ! -x $launcher || ! -f target/eventmap.jar || ! -d target/test-classes ]]; then
  mvn -q -B -Pinstaller -DskipTests package test-compile
fi
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
once() {
  xvfb-run -a -s "-screen 0 1280x800x24" "$@" 2>/dev/null | sed -n 's/^startup: .* \([0-9][0-9]*\) ms after.*/\1/p'
}
empty=() jar=() installed=()
for _ in $(seq "$runs"); do
  empty+=("$(once java -cp target/eventmap.jar:target/test-classes org.eventmap.bench.EmptyWindowStartup)")
  jar+=("$(once java -jar target/eventmap.jar --report-startup)")
  installed+=("$(once "$launcher" --report-startup)")
done
row() { printf '%-42s %s   median %s\n' "$1" "${*:2}" "$(printf '%s\n' "${@:2}" | median)"; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
row "empty JavaFX window, first frame (ms):" "${empty[@]}"
row "Eventmap jar, first full map frame (ms):" "${jar[@]}"
row "installed Eventmap, first full map frame:" "${installed[@]}"
