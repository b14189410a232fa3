// SPDX-License-Identifier: Apache-2.0
// The app depends on an Android library (.aar) that setup.groovy built. No code of the app calls the
// library, but its manifest declares TrackingActivity: Android creates it and calls onCreate, so the
// library's call into Adjust and its read of the phone number count, and fail the build. The
// manifest's ACCESS_FINE_LOCATION opens precise location, which no item declares: a warning.
def log = new File(basedir, 'build.log').text.readLines()
def lines = [
    '[WARNING] tracking-activity-1.0.aar!/AndroidManifest.xml:5: warning: asks for `android.permission.ACCESS_FINE_LOCATION`, which opens precise location (`precise-location`), but no data item of policy `shop` declares it: declare `data precise-location "Precise location" { source "precise-location" }` (or add the concept as a `source` of the item it is), or remove the permission if the app does not need it [undeclared-permission]',
    '[ERROR] tracking-activity-1.0.aar!/classes.jar!/com/example/tracking/TrackingActivity.java:18: error: reads phone number (`phone-number`) with `android/telephony/TelephonyManager.getLine1Number`, but no data item of policy `shop` declares it: add `source "android/telephony/TelephonyManager.getLine1Number"` to the item it is, or declare `data phone-number "Phone number" { source "android/telephony/TelephonyManager.getLine1Number" }` [undeclared-data]',
    '[ERROR] tracking-activity-1.0.aar!/classes.jar!/com/example/tracking/TrackingActivity.java:19: error: calls the Adjust SDK with `com/adjust/sdk/Adjust.trackEvent`, but policy `shop` declares no party for it: declare `party adjust "Adjust" { kind attribution sdk "com.adjust.sdk" url "https://www.adjust.com/terms/privacy-policy/" receives <data> for <purpose> }`, or add `sdk "com.adjust.sdk"` to the party it is [undeclared-party]',
]
lines.each { assert log.contains(it) : "build.log lacks: $it" }
// reachable through the manifest: nothing is set aside as unreachable dependency code
assert log.any { it ==~ /\[INFO\] Scanned \d+ classes in \d+ jars\/dirs \(in \d+\.\d\ds\): 2 errors, 1 warning\./ }
def failure = "[ERROR] Failed to execute goal dev.pledge:pledge-maven-plugin:${pluginVersion}:check (default) on project android-aar-violation: pledge: the code does not keep the policy: 2 errors, 1 warning (see the lines above and target/pledge/pledge.sarif); declare the use in the policy, or change the code -> [Help 1]"
assert log.contains(failure.toString()) : "build.log lacks: $failure"
return true
