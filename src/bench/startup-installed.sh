#!/usr/bin/env bash
# Start-up of the installed app beside the jar's and an empty JavaFX window's: time from JVM start to
# the first frame, in a real window under Xvfb, all alternated run by run (as startup.sh does), so that
# a busy machine slows every row alike.
# Usage: src/bench/startup-installed.sh [RUNS]
#   RUNS  runs of each (default 5); prints each run and the median
# Rows: the empty window; the jar; the app image target/installer/Eventmap with its class-data archive
# (lib/app/eventmap.jsa, docs/adr/0024) and without it (the file moved aside for that run, as a user
# has it when the archive is missing); and the .deb's /opt/eventmap/bin/Eventmap when it is installed.
# Builds what is missing with `mvn -Pinstaller package test-compile` (docs/install.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
image=target/installer/Eventmap
archive=$image/lib/app/eventmap.jsa
installed=/opt/eventmap/bin/Eventmap
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb libgtk-3-0)" >&2; exit 2; }
if [[ ! -x $image/bin/Eventmap || ! -f target/eventmap.jar || ! -d target/test-classes ]]; then
  mvn -q -B -Pinstaller -DskipTests package test-compile
fi
[[ -f $archive ]] || { echo "no $archive: build the image with mvn -Pinstaller package" >&2; exit 2; }
trap 'if [[ -f $archive.aside ]]; then mv "$archive.aside" "$archive"; fi' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
once() {
  local ms
  ms=$(xvfb-run -a -s "-screen 0 1280x800x24" "$@" 2>/dev/null \
    | sed -n 's/^startup: .* \([0-9][0-9]*\) ms after.*/\1/p')
  echo "${ms:-failed}"
}
empty=() jar=() with=() without=() deb=()
for _ in $(seq "$runs"); do
  empty+=("$(once java -cp target/eventmap.jar:target/test-classes org.eventmap.bench.EmptyWindowStartup)")
  jar+=("$(once java -jar target/eventmap.jar --report-startup)")
  with+=("$(once "$image/bin/Eventmap" --report-startup)")
  mv "$archive" "$archive.aside"
  without+=("$(once "$image/bin/Eventmap" --report-startup)")
  mv "$archive.aside" "$archive"
  if [[ -x $installed ]]; then deb+=("$(once "$installed" --report-startup)"); fi
done
row() { printf '%-50s %s   median %s\n' "$1" "${*:2}" "$(printf '%s\n' "${@:2}" | median)"; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
row "empty JavaFX window, first frame (ms):" "${empty[@]}"
row "Eventmap jar, first full map frame (ms):" "${jar[@]}"
row "app image with its archive (ms):" "${with[@]}"
row "app image without the archive (ms):" "${without[@]}"
if [[ ${#deb[@]} -gt 0 ]]; then row "installed .deb, $installed (ms):" "${deb[@]}"; fi
