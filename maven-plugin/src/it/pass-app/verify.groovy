// SPDX-License-Identifier: Apache-2.0
// Two apps built in parallel (-T2), twice: the first build generates and compiles, the second
// finds the policies unchanged and skips generation (Java API and notices); no thread-safety warning either time. Both
// pass the check in strict mode; shop scans its dependency jar (pledge-runtime) too. Their parent,
// where the plugin is configured, has packaging pom: there both goals skip.
def log = new File(basedir, 'build.log').text.readLines()

// paths are relative to the folder the build started in
for (module in ['shop', 'shop-ads']) {
    String generated = "[INFO] Generated 10 Java files for policy shop (version 2024-01-01) in package com.example.shop.privacy into $module/target/generated-sources/pledge"
    String upToDate = "[INFO] Policy and parameters unchanged since the last generation: $module/target/generated-sources/pledge is up to date (delete $module/target/pledge/generate.stamp to force generation)"
    assert log.count(generated) == 1 : "expected '$generated' in the first build"
    String notices = "[INFO] Generated 3 notices (html, md, text; en) into $module/target/pledge"
    assert log.count(notices) == 1 : "expected '$notices' in the first build"
    assert log.count(upToDate) == 1 : "expected '$upToDate' in the second build"
    assert log.indexOf(generated) < log.indexOf(upToDate)
}
assert !log.any { it.contains('not marked as @threadSafe') } : 'the plugin must be thread-safe'
assert !log.any { it ==~ /\[(ERROR|WARNING)\] .*\[[a-z-]+\]/ } : 'a clean app gives no finding'
assert !log.any { it.startsWith('[ERROR]') } : 'a clean app gives no error'

assert log.count('[INFO] Skipping Pledge generate: a project of packaging pom has no code') == 2
assert log.count('[INFO] Skipping Pledge check: a project of packaging pom has no code') == 2

// each module has a policy of its own: each is checked once per build, by the first goal that needs it
def checked = '[INFO] Checked 1 policy file: 0 errors, 0 warnings.'
assert log.count(checked) == 4 : 'generate checks the policy in the first build, check in the second, in each module'
for (module in ['shop', 'shop-ads']) {
    assert log.count("[INFO] Policy $module/src/main/pledge already checked in this build: 0 errors, 0 warnings.".toString()) == 1 :
        'check finds the policy that generate checked in the first build'
}
def classesOnly = ~/\[INFO\] Scanned \d+ classes in 1 jar\/dir \(in \d+\.\d\ds\): 0 errors, 0 warnings\./
def withDependencies = ~/\[INFO\] Scanned \d+ classes in 2 jars\/dirs \(in \d+\.\d\ds\): 0 errors, 0 warnings\./
assert log.count { it ==~ classesOnly } == 2 : 'shop-ads scans its classes, once per build'
assert log.count { it ==~ withDependencies } == 2 : 'shop scans its classes and pledge-runtime, once per build'

for (module in ['shop', 'shop-ads']) {
    assert new File(basedir, "$module/target/generated-sources/pledge/com/example/shop/privacy/ShopConsent.java").isFile()
    assert new File(basedir, "$module/target/pledge/generate.stamp").isFile()
    assert new File(basedir, "$module/target/pledge/shop.en.html").text.contains('Attribute installs to ads')
    assert new File(basedir, "$module/target/pledge/pledge.sarif").text.contains('"results": []')
    assert new File(basedir, "$module/target/pledge/data-map.html").isFile()
}
// the build ends with one summary of both modules, each checked against its own policy, and one report of both
def summary = [
    '[INFO] Pledge summary:',
    '[INFO]   policy shop/src/main/pledge ........ 0 errors, 0 warnings',
    '[INFO]   policy shop-ads/src/main/pledge .... 0 errors, 0 warnings',
    '[INFO]   shop ............................... 0 errors, 0 warnings (policy shop/src/main/pledge)',
    '[INFO]   shop-ads ........................... 0 errors, 0 warnings (policy shop-ads/src/main/pledge)',
    '[INFO] Pledge total: 0 errors, 0 warnings (2 policies, 2 modules scanned); reports of the whole build: target/pledge/pledge.sarif, target/pledge/data-map.html',
]
def at = log.indexOf(summary[0])
assert at >= 0 && log.subList(at, at + summary.size()) == summary : "the summary is not:\n${summary.join('\n')}"
assert log.count(summary[0]) == 2 : 'one summary per build'
def dataMap = new File(basedir, 'target/pledge/data-map.json').text
assert dataMap.contains('"file": "shop/src/main/java/com/example/shop/FraudCheck.java"')
assert dataMap.contains('"file": "shop-ads/src/main/java/com/example/shop/Attribution.java"')
assert new File(basedir, 'shop/target/classes/com/example/shop/FraudCheck.class').isFile()
assert new File(basedir, 'shop-ads/target/classes/com/example/shop/Attribution.class').isFile()
return true
