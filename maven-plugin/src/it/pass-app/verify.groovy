// SPDX-License-Identifier: Apache-2.0
// Two apps built in parallel (-T2), twice: the first build generates and compiles, the second
// finds the policies unchanged and skips generation (Java API and notices); no thread-safety warning either time. Both
// pass the check in strict mode; shop scans its dependency jar (pledge-runtime) too. Their parent,
// where the plugin is configured, has packaging pom: there both goals skip.
def log = new File(basedir, 'build.log').text.readLines()

def generated = ~/\[INFO\] Generated \d+ Java files for policy shop \(version 2024-01-01\) in package com\.example\.shop\.privacy into target\/generated-sources\/pledge/
def upToDate = '[INFO] Policy and parameters unchanged since the last generation: target/generated-sources/pledge is up to date (delete target/pledge/generate.stamp to force generation)'
assert log.count { it ==~ generated } == 2 : "expected '$generated' once per module in the first build"
def notices = '[INFO] Generated 3 notices (html, md, text; en) into target/pledge'
assert log.count(notices) == 2 : "expected '$notices' once per module in the first build"
assert log.count(upToDate) == 2 : "expected '$upToDate' once per module in the second build"
assert log.findIndexOf { it ==~ generated } < log.indexOf(upToDate)
assert !log.any { it.contains('not marked as @threadSafe') } : 'the plugin must be thread-safe'
assert !log.any { it ==~ /\[(ERROR|WARNING)\] .*\[[a-z-]+\]/ } : 'a clean app gives no finding'
assert !log.any { it.startsWith('[ERROR]') } : 'a clean app gives no error'

assert log.count('[INFO] Skipping Pledge generate: a project of packaging pom has no code') == 2
assert log.count('[INFO] Skipping Pledge check: a project of packaging pom has no code') == 2

def checked = '[INFO] Checked 1 policy file: 0 errors, 0 warnings.'
assert log.count(checked) == 6 : 'generate checks the policy in the first build, check in both builds, in each module'
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
assert new File(basedir, 'shop/target/classes/com/example/shop/FraudCheck.class').isFile()
assert new File(basedir, 'shop-ads/target/classes/com/example/shop/Attribution.class').isFile()
return true
