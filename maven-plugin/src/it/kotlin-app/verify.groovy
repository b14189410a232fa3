// SPDX-License-Identifier: Apache-2.0
// The Kotlin app: the first build (its own policy) passes; the second (the check alone, against a policy whose
// Segment party receives the email only for accounts) fails at each place the email goes to Segment for
// analytics, in Kotlin's terms: a destructured data class, code inlined from an inline function (at the line it
// is written, with the call it is inlined at), a sequence {} body and a lambda (for the purpose of the function
// that creates them), a suspend function.
def log = new File(basedir, 'build.log').text.readLines()
def second = log.findIndexOf { it.contains('@ kotlin-app ---') && it.contains(':check (default-cli)') }
assert second > 0 : 'the second build ran the check'
def first = log.subList(0, second)
def failing = log.subList(second, log.size())

assert first.any { it.contains('--- kotlin:') && it.contains(':compile (compile) @ kotlin-app ---') } : 'kotlin-maven-plugin compiled the app'
assert !first.any { it ==~ /\[(ERROR|WARNING)\] (?!src\/main\/pledge\/).*\[[a-z-]+\]/ } : 'no finding in the first build'
assert first.contains('[INFO] BUILD SUCCESS')
assert first.any { it ==~ /\[INFO\] Scanned \d+ classes in 1 jar\/dir \(in \d+\.\d\ds\): 0 errors, 0 warnings\./ }

def tail = ', but the policy does not say the party receives it for purpose `analytics`: add `receives email for analytics` to party `segment`, or do not send it [undeclared-sharing]'
def track = '[ERROR] src/main/kotlin/com/example/shop/tracking/Events.kt:10: error: may send `email` (property `Customer.email`) to party `segment` with `com/segment/analytics/messages/TrackMessage$Builder.properties`' + tail
def identify = { line -> "[ERROR] src/main/kotlin/com/example/shop/tracking/Tracking.kt:$line: error: may send `email` (property `Customer.email`) to party `segment` with `com/segment/analytics/messages/IdentifyMessage\$Builder.traits`" + tail }
def expected = [
    [track, '    in com.example.shop.tracking.Tracking$newsletter$1.invokeSuspend, inlined at src/main/kotlin/com/example/shop/tracking/Tracking.kt:25'],
    [track, '    in com.example.shop.tracking.Tracking.later$lambda$0$0, inlined at src/main/kotlin/com/example/shop/tracking/Tracking.kt:39'],
    [identify(19), '    in com.example.shop.tracking.Tracking.signedUp'],
    [identify(33), '    in com.example.shop.tracking.Tracking.synced'],
]
def findings = []
failing.eachWithIndex { line, i -> if (line ==~ /\[ERROR\] .*\[[a-z-]+\]/) findings << [line, failing[i + 1]] }
assert findings == expected : "the findings of the second build:\n" + findings.flatten().join('\n')
assert failing.any { it ==~ /\[INFO\] Scanned \d+ classes in 1 jar\/dir \(in \d+\.\d\ds\): 4 errors, 0 warnings\./ }
def failure = "[ERROR] Failed to execute goal dev.pledge:pledge-maven-plugin:${pluginVersion}:check (default-cli) on project kotlin-app: pledge: the code does not keep the policy: 4 errors, 0 warnings (see the lines above and target/pledge/pledge.sarif); declare the use in the policy, or change the code -> [Help 1]"
assert failing.contains(failure.toString()) : "build.log lacks: $failure"
return true
