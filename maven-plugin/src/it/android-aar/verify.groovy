// SPDX-License-Identifier: Apache-2.0
// The app depends on an Android library (.aar) that setup.groovy built. With includeDependencies,
// check reads the library's classes.jar and AndroidManifest.xml: the manifest's READ_CONTACTS is a
// warning (no item declares contacts), and the library's call into the Adjust SDK is found but does
// not count, as no code of the app reaches it. The build passes.
def log = new File(basedir, 'build.log').text.readLines()
def permission = '[WARNING] tracking-1.0.aar!/AndroidManifest.xml:5: warning: asks for `android.permission.READ_CONTACTS`, which opens contacts (`contacts`), but no data item of policy `shop` declares it: declare `data contacts "Contacts" { source "contacts" }` (or add the concept as a `source` of the item it is), or remove the permission if the app does not need it [undeclared-permission]'
assert log.contains(permission) : "build.log lacks: $permission"
assert log.any { it ==~ /\[INFO\] Scanned \d+ classes in \d+ jars\/dirs \(in \d+\.\d\ds\): 0 errors, 1 warning; 1 in unreachable dependency code\./ }
assert log.contains('[INFO] BUILD SUCCESS')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/pledge/pledge.sarif'))
def results = sarif.runs[0].results
def party = results.find { it.ruleId == 'undeclared-party' }
assert party != null : 'the library\'s call into Adjust is in the SARIF report'
assert party.message.text.startsWith('calls the Adjust SDK with `com/adjust/sdk/Adjust.trackEvent`')
assert party.locations[0].physicalLocation.artifactLocation.uri.endsWith('tracking-1.0.aar!/classes.jar!/com/example/tracking/Tracking.java')
assert party.locations[0].physicalLocation.region.startLine == 10
assert party.suppressions[0].justification == 'dependency code the application cannot reach'
def manifest = results.find { it.ruleId == 'undeclared-permission' }
assert manifest.locations[0].physicalLocation.artifactLocation.uri.endsWith('tracking-1.0.aar!/AndroidManifest.xml')
return true
