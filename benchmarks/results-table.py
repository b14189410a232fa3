#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Prints the Markdown results table of ConsentCheckBenchmark in docs/benchmarks.md from a JMH JSON result file.

Usage: python3 benchmarks/results-table.py RESULT.json
(RESULT.json from: java -jar benchmarks/target/benchmarks.jar ... -prof gc -rf json -rff RESULT.json)
"""
import json
import statistics
import sys

CLASS = "dev.pledge.benchmarks.ConsentCheckBenchmark"
BASELINE = "guardCheck"
ORDER = ["guardCheck", "naiveMapLookup", "tcfPurposeConsent", "guardCheckWithSubjectLookup", "guardCheckAllPurposes"]


def fmt(x):
    return f"{x:.3f}"


def iterations(result):
    return [x for fork in result["primaryMetric"]["rawData"] for x in fork]


def main(path):
    results = {r["benchmark"].rsplit(".", 1)[1]: r for r in json.load(open(path))
               if r["benchmark"].startswith(CLASS + ".")}
    base = results[BASELINE]["primaryMetric"]["score"]
    base_median = statistics.median(iterations(results[BASELINE]))
    print("| benchmark | ns/op (score ± 99.9% error) | iterations min … max ns/op "
          "| median iteration ns/op | B/op (gc.alloc.rate.norm) | time vs guardCheck (score) | vs guardCheck (median) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in ORDER + sorted(set(results) - set(ORDER)):
        if name not in results:
            continue
        r = results[name]
        pm = r["primaryMetric"]
        raw = iterations(r)
        median = statistics.median(raw)
        alloc = r["secondaryMetrics"].get("gc.alloc.rate.norm", {}).get("score")
        alloc_s = "n/a" if alloc is None else (f"{alloc:.1g} (≈ 0)" if alloc < 0.01 else f"{alloc:.2f}")
        ratio = pm["score"] / base
        print(f"| `{name}` | {fmt(pm['score'])} ± {fmt(pm['scoreError'])} "
              f"| {fmt(min(raw))} … {fmt(max(raw))} | {fmt(median)} | {alloc_s} | {ratio:.2f}× "
              f"| {median / base_median:.2f}× |")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
