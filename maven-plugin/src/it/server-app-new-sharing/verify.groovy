// SPDX-License-Identifier: Apache-2.0
// The baseline keeps the known violation (an order's phone number) known; the new one (the customer's
// city read and sent at sign-up) fails the build.
def log = new File(basedir, 'build.log').text.readLines()

def use = '[ERROR] app/src/main/java/com/example/shop/tracking/Tracking.java:29: error: uses `city` from field `Address.city`, which the method\'s @PersonalData(purpose = Purpose.ANALYTICS) does not declare: add DataItem.CITY to its `data` and `city` to `uses` of purpose `analytics` in the policy [undeclared-purpose-use]'
def sending = '[ERROR] app/src/main/java/com/example/shop/tracking/Tracking.java:29: error: may send `city` (field `Address.city`) to party `segment` with `com/segment/analytics/messages/IdentifyMessage$Builder.traits`, but the policy does not say the party receives it for purpose `analytics`: add `receives city for analytics` to party `segment`, or do not send it [undeclared-sharing]'
// the method now reads the city (its annotation lists only the email) and sends it (the policy does not say Segment
// receives it): two findings at the line; the address it goes through to the city is not a use of its own
def findings = []
log.eachWithIndex { line, i -> if (line ==~ /\[ERROR\] .*\[[a-z-]+\]/) findings << [line, log[i + 1]] }
def method = '    in com.example.shop.tracking.Tracking.signedUp'
assert findings == [[use, method], [sending, method]] : "the findings:\n" + findings.flatten().join('\n')
def summary = log.find { it.startsWith('[INFO] Scanned ') }
assert summary ==~ /\[INFO\] Scanned \d+ classes in \d+ jars\/dirs \(in \d+\.\d\ds\): 2 errors, 0 warnings; 2 known from the baseline\./ : summary
def failure = "[ERROR] Failed to execute goal dev.pledge:pledge-maven-plugin:${pluginVersion}:check (default) on project server-app: pledge: the code does not keep the policy: 2 errors, 0 warnings (see the lines above and app/target/pledge/pledge.sarif); declare the use in the policy, or change the code -> [Help 1]"
assert log.contains(failure.toString()) : "build.log lacks: $failure"
return true
