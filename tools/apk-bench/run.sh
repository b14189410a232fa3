#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The speed goal on Android packages (docs/scanner.md, "Speed on Android packages"): writes the
# 50,000-class APK once, then times `pledge scan` of it as a whole process (the launcher
# cli/target/pledge, /usr/bin/time), N times each in turn: the DEX classes replayed straight into the
# parser (the scanner's path) and written as class files first (its first path,
# -Dpledge.dex.classFiles=true). Prints the load, then each path's median wall, user and system
# seconds and peak memory.
#   bash tools/apk-bench/run.sh [N] [CLASSES]     (N = 5, CLASSES = 50000; run ./mvnw install -DskipTests first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
n=${1:-5}
classes=${2:-50000}
work=target/apk-bench
apk=$work/app$classes.apk
mkdir -p "$work"
if [ ! -f "$apk" ]; then
  cp=$(./mvnw -q -pl scanner dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeArtifactIds=dexlib2,guava)
  java -cp "$cp" tools/apk-bench/GenerateApk.java "$apk" "$classes"
fi
rm -f "$work"/times.*
uptime
for _ in $(seq "$n"); do
  for path in replay classfiles; do
    flag=false
    [ "$path" = classfiles ] && flag=true
    PLEDGE_JAVA_OPTS="-Dpledge.dex.classFiles=$flag" /usr/bin/time -a -o "$work/times.$path" -f '%e %U %S %M' \
      cli/target/pledge scan -q --policy examples/xiaomi/2021 "$apk" > "$work/scan.$path.txt" || true
  done
done
uptime
diff -q "$work/scan.replay.txt" "$work/scan.classfiles.txt" > /dev/null || echo "the two paths' findings differ: diff $work/scan.*.txt"
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
printf '%-11s %8s %8s %8s %9s\n' path 'wall s' 'user s' 'sys s' 'peak MiB'
for path in replay classfiles; do
  f=$work/times.$path
  printf '%-11s %8s %8s %8s %9d\n' "$path" "$(cut -d' ' -f1 "$f" | median)" "$(cut -d' ' -f2 "$f" | median)" \
    "$(cut -d' ' -f3 "$f" | median)" "$(( $(cut -d' ' -f4 "$f" | median | cut -d. -f1) / 1024 ))"
done
