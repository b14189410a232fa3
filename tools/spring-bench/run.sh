#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The speed goal on a Spring Boot application (issue #13 item 8; docs/scanner.md, "Speed"): times the scan of
# benchmarks/spring-boot-app (its classes and 121 runtime jars, 34,323 classes) against its policy as whole
# processes (/usr/bin/time), N rounds, each round running in turn (A B A B ...):
#   old-jar / new-jar   java -Xmx512m -jar pledge.jar scan -q --policy src/main/pledge target/classes target/lib
#   old-cli / new-cli   the same through the launcher (PLEDGE_JAVA_OPTS=-Xmx512m pledge scan ...: client
#                       compiler only, serial collector, class-data-sharing archive)
# "new" is this checkout's cli/target; "old" is the scan at BASE (default b567b71, before the speed work of
# issue #13 item 8), built once into target/spring-bench/old/ from a temporary worktree. Checks that old and
# new print the same and write the same data map and SARIF, then prints the load, the medians (wall, user,
# system, user+system seconds, peak memory, classes per wall second) and new/old CPU ratios pair by pair.
# With JMH=1 it then runs SpringBootScanBenchmark's pledgeParallel and baselineParallel (the old jar) in one
# JMH run.
#   bash tools/spring-bench/run.sh [N]       (N = 5; run ./mvnw install -DskipTests first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$PWD
n=${1:-5}
base=${BASE:-b567b71}
work=$root/target/spring-bench
app=$root/benchmarks/spring-boot-app
old=$work/old
new=$root/cli/target
mkdir -p "$work"
if [ ! -f "$old/pledge.jar" ]; then
  tree=$work/old-tree
  rm -rf "$tree"
  git worktree add -q --detach "$tree" "$base"
  cp .mvn/maven.config "$tree/.mvn/" 2>/dev/null || true
  # package, not install: the old modules must not replace this checkout's in the local repository
  (cd "$tree" && ./mvnw -q -pl cli -am package -DskipTests -Dspotless.check.skip=true)
  mkdir -p "$old"
  cp "$tree/cli/target/pledge.jar" "$tree/cli/target/pledge" "$old/"
  git worktree remove --force "$tree"
fi
if [ ! -f "$old/pledge.jsa" ]; then # the launcher's archive, dumped as the build dumps it, for the jar where it is
  java -XX:ArchiveClassesAtExit="$old/pledge.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off \
    -Xlog:cds+dynamic=off -jar "$old/pledge.jar" check examples/xiaomi/2021 > /dev/null || true
fi
if [ ! -d "$app/target/lib" ] || [ ! -d "$app/target/classes" ] || [ ! -f "$app/target/runtime-jars.txt" ]; then
  ./mvnw -q -f "$app/pom.xml" package dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory=target/lib dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/runtime-jars.txt
fi
rm -f "$work"/times.*
uptime | tee "$work/uptime.txt"
cd "$app"
for _ in $(seq "$n"); do
  for run in old-jar new-jar old-cli new-cli; do
    dir=$old
    [ "${run%-*}" = new ] && dir=$new
    rm -rf "$work/report.$run"
    if [ "${run#*-}" = jar ]; then
      command=(java -Xmx512m -jar "$dir/pledge.jar")
    else
      command=(env PLEDGE_JAVA_OPTS=-Xmx512m "$dir/pledge")
    fi
    /usr/bin/time -a -o "$work/times.$run" -f '%e %U %S %M' "${command[@]}" scan -q --policy src/main/pledge \
      --report "$work/report.$run" target/classes target/lib | sed 's/ (in [0-9.]*s)//' > "$work/scan.$run.txt" || true
  done
done
uptime | tee -a "$work/uptime.txt"
for run in new-jar old-cli new-cli; do
  diff -q "$work/scan.old-jar.txt" "$work/scan.$run.txt" > /dev/null || echo "old-jar and $run print differently: diff $work/scan.*.txt"
  for f in data-map.json pledge-scan.sarif; do
    cmp -s "$work/report.old-jar/$f" "$work/report.$run/$f" || echo "old-jar and $run write different $f: $work/report.*/$f"
  done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
classes=$(grep -o 'Scanned [0-9]*' "$work/scan.new-jar.txt" | cut -d' ' -f2)
printf '%-8s %8s %8s %8s %8s %9s %10s\n' run 'wall s' 'user s' 'sys s' 'cpu s' 'peak MiB' 'classes/s'
for run in old-jar new-jar old-cli new-cli; do
  f=$work/times.$run
  wall=$(cut -d' ' -f1 "$f" | median)
  printf '%-8s %8s %8s %8s %8s %9d %10d\n' "$run" "$wall" "$(cut -d' ' -f2 "$f" | median)" \
    "$(cut -d' ' -f3 "$f" | median)" "$(awk '{ print $2 + $3 }' "$f" | median)" \
    "$(( $(cut -d' ' -f4 "$f" | median | cut -d. -f1) / 1024 ))" "$(awk -v c="$classes" -v w="$wall" 'BEGIN { printf "%d", c / w }')"
done
for kind in jar cli; do
  echo "new-$kind/old-$kind, pair by pair (cpu, wall):"
  paste -d' ' "$work/times.old-$kind" "$work/times.new-$kind" | awk '{ printf "  %.2f %.2f\n", ($6 + $7) / ($2 + $3), $5 / $1 }'
done
if [ "${JMH:-0}" = 1 ]; then
  cd "$root"
  java -jar benchmarks/target/benchmarks.jar 'SpringBootScanBenchmark.(pledgeParallel|baselineParallel)' \
    -jvmArgsAppend "-Xms512m -Xmx512m -Dpledge.springboot.baseline=$old/pledge.jar" ${JMH_ARGS:-}
fi
