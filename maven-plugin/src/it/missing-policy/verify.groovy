// SPDX-License-Identifier: Apache-2.0
// No policy where the check goal looks for it: the gate fails closed, naming the path and the fix.
// The second build sets -Dpledge.skip and passes.
def log = new File(basedir, 'build.log').text.readLines()
def expected = "[ERROR] Failed to execute goal dev.pledge:pledge-maven-plugin:${pluginVersion}:check (default) on project missing-policy: pledge: policy src/main/pledge does not exist: write the policy there, or set <policy> (property pledge.policy) to its file or folder -> [Help 1]"
assert log.contains(expected.toString()) : "build.log lacks: $expected"
assert log.contains('[INFO] Skipping Pledge check (pledge.skip)')
assert log.contains('[INFO] BUILD SUCCESS')
return true
