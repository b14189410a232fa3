#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# SDKs inside SDKs, on real artifacts (docs/scanner.md, "Third-party SDKs"): scans each artifact that
# run.sh downloaded on its own, as a dependency (the artifact alone in a folder), against the policy
# that declares no party, and checks the undeclared-party findings in its SARIF report:
# - calls between an SDK's own classes are never findings: no finding comes from a class of the
#   artifact that no SDK claims (it would be the SDK's own code, outside its packages);
# - calls from one SDK into another come once per pair of SDKs.
# Prints one line per artifact with findings and the totals; exits 1 when a check fails.
#   python3 tools/sdk-recall/sdk-in-sdk.py [PLEDGE_COMMAND]   (default cli/target/pledge; after run.sh)
import collections
import json
import os
import re
import subprocess
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
os.chdir(root)
pledge = sys.argv[1] if len(sys.argv) > 1 else 'cli/target/pledge'
artifacts = 'target/sdk-recall/artifacts'
work = 'target/sdk-recall/sdk-in-sdk'
failed = False
totals = collections.Counter()
for name in sorted(os.listdir(artifacts)):
    folder = os.path.join(work, name, 'in')
    report = os.path.join(work, name, 'report')
    os.makedirs(folder, exist_ok=True)
    link = os.path.join(folder, name)
    if not os.path.lexists(link):
        os.symlink(os.path.abspath(os.path.join(artifacts, name)), link)
    subprocess.run([pledge, 'scan', '-q', '--policy', 'tools/sdk-recall/policy.pledge', '--report', report, folder],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = json.load(open(os.path.join(report, 'pledge-scan.sarif')))['runs'][0]['results']
    pairs = collections.Counter()
    own = []
    for result in results:
        if result['ruleId'] != 'undeclared-party' or result.get('suppressions'):
            continue
        text = result['message']['text']
        pair = re.match(r"^the .*? SDK \(`([^`]+)`\) calls the (.*?) SDK with", text)
        if pair:
            pairs[(pair.group(1), pair.group(2))] += 1
        else:
            own.append(result['locations'][0]['physicalLocation']['artifactLocation']['uri'].split('!/')[-1])
    repeated = {k: v for k, v in pairs.items() if v > 1}
    totals['artifacts'] += 1
    totals['pairs'] += len(pairs)
    totals['own'] += len(own)
    totals['repeated'] += len(repeated)
    if pairs or own:
        print(f"{name}: {len(pairs)} SDK-to-SDK pairs ({', '.join(f'{a} -> {b}' for a, b in sorted(pairs))})"
              + (f"; REPEATED {repeated}" if repeated else '')
              + (f"; {len(own)} from the artifact's own code no SDK claims: {sorted(set(own))}" if own else ''))
    failed |= bool(own or repeated)
print(f"{totals['artifacts']} artifacts: {totals['pairs']} SDK-to-SDK pairs, each reported once: "
      f"{'yes' if not totals['repeated'] else 'no'}; findings from an SDK's own code: {totals['own']}")
sys.exit(1 if failed else 0)
