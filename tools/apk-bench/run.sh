#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The speed goal on Android packages (docs/scanner.md, "Speed on Android packages"): writes the
# 50,000-class APK (again when GenerateApk.java changed), then times `pledge scan` of it as a whole
# process (the launcher cli/target/pledge, /usr/bin/time), N rounds, the variants in turn each round:
#   replay      the DEX classes replayed straight into the parser (the scanner's path)
#   classfiles  written as class files first (its first path, -Dpledge.dex.classFiles=true)
#   base        with PLEDGE_BASE=DIR, the launcher DIR/pledge (a copy of an older cli/target: pledge,
#               pledge.jar, pledge.jsa) on the replay path, to compare builds pair by pair
# Checks that all variants report the same, prints the load before and after, then per variant the
# median wall, user, system and CPU (user + system) seconds and peak memory.
#   bash tools/apk-bench/run.sh [N] [CLASSES]     (N = 5, CLASSES = 50000; run ./mvnw install -DskipTests first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
n=${1:-5}
classes=${2:-50000}
work=target/apk-bench
apk=$work/app$classes.apk
mkdir -p "$work"
if [ ! -f "$apk" ] || [ tools/apk-bench/GenerateApk.java -nt "$apk" ]; then
  cp=$(./mvnw -q -pl scanner dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeArtifactIds=dexlib2,guava)
  java -cp "$cp" tools/apk-bench/GenerateApk.java "$apk" "$classes"
fi
variants="replay classfiles"
if [ -n "${PLEDGE_BASE:-}" ]; then
  variants="base replay classfiles"
fi
rm -f "$work"/times.* "$work"/scan.*.txt
uptime
for _ in $(seq "$n"); do
  for variant in $variants; do
    launcher=cli/target/pledge
    flag=false
    [ "$variant" = classfiles ] && flag=true
    [ "$variant" = base ] && launcher=$PLEDGE_BASE/pledge
    PLEDGE_JAVA_OPTS="-Dpledge.dex.classFiles=$flag" /usr/bin/time -a -o "$work/times.$variant" -f '%e %U %S %M' \
      "$launcher" scan -q --policy examples/xiaomi/2021 "$apk" > "$work/scan.$variant.txt" || true
    # the summary line says how long the scan took: the rest must be the same
    sed -i 's/ (in [0-9.]*s)//' "$work/scan.$variant.txt"
  done
done
uptime
for variant in $variants; do
  diff -q "$work/scan.replay.txt" "$work/scan.$variant.txt" > /dev/null \
    || echo "$variant reports differently from replay: diff $work/scan.replay.txt $work/scan.$variant.txt"
done
tail -n 1 "$work/scan.replay.txt"
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
printf '%-11s %8s %8s %8s %8s %9s\n' variant 'wall s' 'user s' 'sys s' 'cpu s' 'peak MiB'
for variant in $variants; do
  f=$work/times.$variant.txt
  grep '^[0-9]' "$work/times.$variant" > "$f" # time adds a line when the scan reports errors (exit status 1)
  printf '%-11s %8s %8s %8s %8s %9d\n' "$variant" "$(cut -d' ' -f1 "$f" | median)" "$(cut -d' ' -f2 "$f" | median)" \
    "$(cut -d' ' -f3 "$f" | median)" "$(awk '{ print $2 + $3 }' "$f" | median)" \
    "$(( $(cut -d' ' -f4 "$f" | median | cut -d. -f1) / 1024 ))"
done
