// SPDX-License-Identifier: Apache-2.0
// A corrupt class file in target/classes (see setup.groovy): the gate fails closed.
def log = new File(basedir, 'build.log').text.readLines()

// the finding: its line, then the method it is in
def finding = '[ERROR] target/classes/com/example/shop/Truncated.class: error: target/classes/com/example/shop/Truncated.class is not a valid class file (Index 15 out of bounds for length 15): recompile it, or remove it from what is scanned [unreadable-class]'
def method = '    in target/classes/com/example/shop/Truncated.class'
def at = log.indexOf(finding)
assert at >= 0 : "build.log lacks: $finding"
assert log[at + 1] == method : "the finding is not followed by: $method"
assert log.any { it ==~ /\[INFO\] Scanned \d+ classes in 1 jar\/dir \(in \d+\.\d\ds\): 1 error, 0 warnings\./ }
def failure = "[ERROR] Failed to execute goal dev.pledge:pledge-maven-plugin:${pluginVersion}:check (default) on project corrupt-class: pledge: cannot read 1 class file or jar, so the code cannot be checked: the check fails closed; rebuild, or remove the file (see the lines above and target/pledge/pledge.sarif) -> [Help 1]"
assert log.contains(failure.toString()) : "build.log lacks: $failure"
// the reports are written before the build fails
def sarif = new File(basedir, 'target/pledge/pledge.sarif').text
assert sarif.contains('"ruleId": "unreadable-class"')
assert new File(basedir, 'target/pledge/data-map.json').isFile()
return true
