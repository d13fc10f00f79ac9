#!/usr/bin/env bash
# Writes src/main/resources/org/eventmap/startup-classes.txt: the classes the window's start-up loads
# from the jar, in the order it loads them, which org.eventmap.ClassPreloader loads ahead on a core of
# its own. Run it after changing what start-up builds; StartupClassListTest says when it is stale.
# Usage: src/bench/startup-classes.sh        (needs xvfb-run, as src/bench/startup.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb libgtk-3-0)" >&2; exit 2; }
mvn -q -B -DskipTests package
log=$(mktemp)
trap 'rm -f "$log"' EXIT
xvfb-run -a -s "-screen 0 1280x800x24" java -Xlog:class+load:file="$log" -Deventmap.preload=false \
  -Deventmap.session="$(mktemp -u)" -jar target/eventmap.jar --report-startup >/dev/null
list=src/main/resources/org/eventmap/startup-classes.txt
# Classes read from the jar (the JDK's own come from its archive or its image); not the generated ones.
grep 'source: file:.*eventmap\.jar' "$log" | awk '{print $2}' | grep -v '\$\$Lambda' >"$list"
echo "wrote $list: $(wc -l <"$list") classes"
