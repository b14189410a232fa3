// SPDX-License-Identifier: Apache-2.0
// The code reads the phone number; no data item of the policy declares it.
def log = new File(basedir, 'build.log').text.readLines()

// the finding: its line, then the method it is in
def finding = '[ERROR] src/main/java/com/example/shop/Signup.java:9: error: reads phone number (`phone-number`) with `android/telephony/TelephonyManager.getLine1Number`, but no data item of policy `shop` declares it: add `source "android/telephony/TelephonyManager.getLine1Number"` to the item it is, or declare `data phone-number "Phone number" { source "android/telephony/TelephonyManager.getLine1Number" }` [undeclared-data]'
def method = '    in com.example.shop.Signup.prefillPhone'
def at = log.indexOf(finding)
assert at >= 0 : "build.log lacks: $finding"
assert log[at + 1] == method : "the finding is not followed by: $method"
assert log.any { it ==~ /\[INFO\] Scanned \d+ classes in 1 jar\/dir \(in \d+\.\d\ds\): 1 error, 0 warnings\./ }
def failure = "[ERROR] Failed to execute goal dev.pledge:pledge-maven-plugin:${pluginVersion}:check (default) on project undeclared-item: pledge: the code does not keep the policy: 1 error, 0 warnings (see the lines above and target/pledge/pledge.sarif); declare the use in the policy, or change the code -> [Help 1]"
assert log.contains(failure.toString()) : "build.log lacks: $failure"
// the reports are written before the build fails
def sarif = new File(basedir, 'target/pledge/pledge.sarif').text
assert sarif.contains('"ruleId": "undeclared-data"')
assert new File(basedir, 'target/pledge/data-map.json').isFile()
// <noticeFormats>none</noticeFormats>: the Java API only
assert !log.any { it.contains(' notices ') }
assert !new File(basedir, 'target/pledge/shop.en.html').exists()
return true
