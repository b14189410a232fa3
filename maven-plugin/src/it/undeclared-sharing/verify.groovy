// SPDX-License-Identifier: Apache-2.0
// The code passes the IMEI to AppsFlyer; the policy says AppsFlyer receives only the advertising id.
def log = new File(basedir, 'build.log').text.readLines()

// the finding: its line, then the method it is in
def finding = '[ERROR] src/main/java/com/example/shop/Attribution.java:16: error: may send `imei` (read with `android/telephony/TelephonyManager.getImei`) to party `appsflyer` with `com/appsflyer/AppsFlyerLib.logEvent`, but the policy does not say the party receives it for purpose `ad-attribution`: add `receives imei for ad-attribution` to party `appsflyer`, or do not send it [undeclared-sharing]'
def method = '    in com.example.shop.Attribution.reportInstall'
def at = log.indexOf(finding)
assert at >= 0 : "build.log lacks: $finding"
assert log[at + 1] == method : "the finding is not followed by: $method"
assert log.any { it ==~ /\[INFO\] Scanned \d+ classes in 1 jar\/dir \(in \d+\.\d\ds\): 1 error, 0 warnings\./ }
def failure = "[ERROR] Failed to execute goal dev.pledge:pledge-maven-plugin:${pluginVersion}:check (default) on project undeclared-sharing: pledge: the code does not keep the policy: 1 error, 0 warnings (see the lines above and target/pledge/pledge.sarif); declare the use in the policy, or change the code -> [Help 1]"
assert log.contains(failure.toString()) : "build.log lacks: $failure"
// the reports are written before the build fails
def sarif = new File(basedir, 'target/pledge/pledge.sarif').text
assert sarif.contains('"ruleId": "undeclared-sharing"')
assert new File(basedir, 'target/pledge/data-map.json').isFile()
return true
