// SPDX-License-Identifier: Apache-2.0
// The code calls the Adjust SDK; the policy declares no party for it. The second build sets
// -Dpledge.failOnViolation=false: the same finding is a warning and the build passes.
def log = new File(basedir, 'build.log').text.readLines()

// the finding: its line, then the method it is in
def finding = '[ERROR] src/main/java/com/example/shop/Checkout.java:9: error: calls the Adjust SDK with `com/adjust/sdk/Adjust.trackEvent`, but policy `shop` declares no party for it: declare `party adjust "Adjust" { kind attribution sdk "com.adjust.sdk" url "https://www.adjust.com/terms/privacy-policy/" receives <data> for <purpose> }`, or add `sdk "com.adjust.sdk"` to the party it is [undeclared-party]'
def method = '    in com.example.shop.Checkout.completed'
def at = log.indexOf(finding)
assert at >= 0 : "build.log lacks: $finding"
assert log[at + 1] == method : "the finding is not followed by: $method"
assert log.any { it ==~ /\[INFO\] Scanned \d+ classes in 1 jar\/dir \(in \d+\.\d\ds\): 1 error, 0 warnings\./ }
def failure = "[ERROR] Failed to execute goal dev.pledge:pledge-maven-plugin:${pluginVersion}:check (default) on project undeclared-sdk: pledge: the code does not keep the policy: 1 error, 0 warnings (see the lines above and target/pledge/pledge.sarif); declare the use in the policy, or change the code -> [Help 1]"
assert log.contains(failure.toString()) : "build.log lacks: $failure"
// the reports are written before the build fails
def sarif = new File(basedir, 'target/pledge/pledge.sarif').text
assert sarif.contains('"ruleId": "undeclared-party"')
assert new File(basedir, 'target/pledge/data-map.json').isFile()
def asWarning = finding.replaceFirst(/^\[ERROR\]/, '[WARNING]')
assert log.indexOf(asWarning) > at : "the second build lacks: $asWarning"
assert log.contains('[WARNING] The code does not keep the policy: 1 error, 0 warnings; the build goes on because failOnViolation is false')
assert log.contains('[INFO] BUILD SUCCESS')
return true
