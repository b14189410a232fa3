// SPDX-License-Identifier: Apache-2.0
// The policy has an error: generate prints it as the compiler-style line and fails before compiling.
def log = new File(basedir, 'build.log').text.readLines()
def expected = [
    "[ERROR] src/main/pledge/shop.pledge:23:8: error: unknown data item or category 'imie': declare it with `data imie \"...\"` inside a `category`, fix the spelling, or import the file that declares it [unresolved-name]",
    '[INFO] Checked 1 policy file: 1 error, 0 warnings.',
    "[ERROR] Failed to execute goal dev.pledge:pledge-maven-plugin:${pluginVersion}:generate (default) on project broken-policy: pledge: the policy has 1 error: fix the lines above and build again -> [Help 1]",
]
expected.each { line -> assert log.contains(line.toString()) : "build.log lacks: $line" }
assert !new File(basedir, 'target/classes').exists() : 'nothing is compiled from a broken policy'
assert !new File(basedir, 'target/pledge/generate.stamp').exists() : 'a failed generation leaves no stamp'
return true
