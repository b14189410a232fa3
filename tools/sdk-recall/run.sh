#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The SDK catalogue's real-input check (docs/catalogue.md): downloads the artifacts of
# artifacts.txt from Maven Central, writes a class calling one public entry point of each, scans it
# against a policy that declares no party, and prints the recall (calls and vendors reported as
# undeclared-party). Then scans two SDKs themselves (SDKs inside SDKs).
#   bash tools/sdk-recall/run.sh [PLEDGE_JAR]     (default cli/target/pledge.jar; run ./mvnw install first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
here=tools/sdk-recall
jar=${1:-cli/target/pledge.jar}
work=target/sdk-recall

# 1. the artifacts, through Maven (only the files, no dependencies)
bash tools/sdk-sources/download.sh "$here/artifacts.txt" "$work"

# 2. the probe class (ASM from the local repository, as the scanner uses it)
asm=$(./mvnw -q -pl scanner dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeArtifactIds=asm)
java -cp "$asm" "$here/Probe.java" "$here/artifacts.txt" "$work/artifacts" "$work"

# 3. the scan and its recall
set +e
java -jar "$jar" scan -q --policy "$here/policy.pledge" "$work/classes" > "$work/scan.txt"
set -e
total=$(grep -vc '^-$' <(cut -f4 "$work/calls.tsv"))
vendors=$(cut -f4 "$work/calls.tsv" | grep -v '^-$' | sort -u | wc -l)
found_lines=$(grep -o 'Probe.java:[0-9]*: error: .*\[undeclared-party\]' "$work/scan.txt" | cut -d: -f2 | sort -u)
hits=0; declare -A vendor_hit=()
while IFS=$'\t' read -r line coords call vendor; do
  if grep -qx "$line" <<< "$found_lines"; then
    if [ "$vendor" = "-" ]; then echo "FALSE POSITIVE: $coords $call"; else hits=$((hits + 1)); vendor_hit[$vendor]=1; fi
  elif [ "$vendor" != "-" ]; then
    echo "missed: $coords $call"
  fi
done < "$work/calls.tsv"
echo "recall: $hits of $total calls, ${#vendor_hit[@]} of $vendors vendors"

# 4. SDKs inside SDKs: an SDK scanned on its own reports only calls into other vendors' SDKs
for sdk in fairbid-sdk-3.59.0.aar facebook-core-17.0.0.aar; do
  echo "--- pledge scan $sdk"
  java -jar "$jar" scan -q --policy "$here/policy.pledge" "$work/artifacts/$sdk" | tail -n 25 || true
done
