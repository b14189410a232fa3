// SPDX-License-Identifier: Apache-2.0
// The baseline keeps the known violation (an order's phone number) known; the new one (the customer's
// city sent at sign-up) fails the build.
def log = new File(basedir, 'build.log').text.readLines()

def finding = '[ERROR] app/src/main/java/com/example/shop/tracking/Tracking.java:29: error: may send `city` (field `Address.city`) to party `segment` with `com/segment/analytics/messages/IdentifyMessage$Builder.traits`, but the policy does not say the party receives it for purpose `analytics`: add `receives city for analytics` to party `segment`, or do not send it [undeclared-sharing]'
def at = log.indexOf(finding)
assert at >= 0 : "build.log lacks: $finding"
assert log[at + 1] == '    in com.example.shop.tracking.Tracking.signedUp'
assert log.count { it ==~ /\[ERROR\] .*\[[a-z-]+\]/ } == 1 : 'the known violation does not fail the build'
def summary = log.find { it.startsWith('[INFO] Scanned ') }
assert summary ==~ /\[INFO\] Scanned \d+ classes in \d+ jars\/dirs \(in \d+\.\d\ds\): 1 error, 0 warnings; 1 known from the baseline\./ : summary
def failure = "[ERROR] Failed to execute goal dev.pledge:pledge-maven-plugin:${pluginVersion}:check (default) on project server-app: pledge: the code does not keep the policy: 1 error, 0 warnings (see the lines above and app/target/pledge/pledge.sarif); declare the use in the policy, or change the code -> [Help 1]"
assert log.contains(failure.toString()) : "build.log lacks: $failure"
return true
