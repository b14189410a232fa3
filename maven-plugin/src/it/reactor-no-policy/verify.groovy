// SPDX-License-Identifier: Apache-2.0
// No policy in the module or in its parent: the check fails closed, naming every place it looked.
def log = new File(basedir, 'build.log').text.readLines()
def expected = "[ERROR] Failed to execute goal dev.pledge:pledge-maven-plugin:${pluginVersion}:check (default) on project app: pledge: no policy found: looked in app/src/main/pledge, src/main/pledge (the module, then its parent modules up to the reactor root): write the policy in one of them (one in the root serves every module), or set <policy> (property pledge.policy) to its file or folder -> [Help 1]"
assert log.contains(expected.toString()) : "build.log lacks: $expected"
return true
