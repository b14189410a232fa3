// SPDX-License-Identifier: Apache-2.0
// A fraud-prevention method declares the advertising id, which that purpose does not use.
// The first build (-Dpledge.skip) skips the check but still generates the API the code compiles against.
def log = new File(basedir, 'build.log').text.readLines()
int second = log.findLastIndexOf { it == '[INFO] Scanning for projects...' }
def skipped = log.subList(0, second)
assert skipped.any { it ==~ /\[INFO\] Generated \d+ Java files for policy shop .*/ }
assert skipped.contains('[INFO] Skipping Pledge check (pledge.skip)')
assert skipped.contains('[INFO] BUILD SUCCESS')
log = log.subList(second, log.size())

// the finding: its line, then the method it is in
def finding = '[ERROR] src/main/java/com/example/shop/FraudCheck.java:12: error: @PersonalData declares `advertising-id` for purpose `fraud-prevention`, which does not use it in policy `shop`: add `advertising-id` to `uses` of purpose `fraud-prevention`, or remove DataItem.ADVERTISING_ID from the annotation [undeclared-purpose-use]'
def method = '    in com.example.shop.FraudCheck.suspicious'
def at = log.indexOf(finding)
assert at >= 0 : "build.log lacks: $finding"
assert log[at + 1] == method : "the finding is not followed by: $method"
assert log.any { it ==~ /\[INFO\] Scanned \d+ classes in 1 jar\/dir \(in \d+\.\d\ds\): 1 error, 0 warnings\./ }
def failure = "[ERROR] Failed to execute goal dev.pledge:pledge-maven-plugin:${pluginVersion}:check (default) on project undeclared-purpose-use: pledge: the code does not keep the policy: 1 error, 0 warnings (see the lines above and target/pledge/pledge.sarif); declare the use in the policy, or change the code -> [Help 1]"
assert log.contains(failure.toString()) : "build.log lacks: $failure"
// the reports are written before the build fails
def sarif = new File(basedir, 'target/pledge/pledge.sarif').text
assert sarif.contains('"ruleId": "undeclared-purpose-use"')
assert new File(basedir, 'target/pledge/data-map.json').isFile()
return true
