// SPDX-License-Identifier: Apache-2.0
// A shop of three modules under a parent that holds the one policy. Built five times: in order
// (install), in parallel (-T2), shop-web with what it needs (-pl -am) and the policy given relative to
// the root, resumed from shop-web (-rf) and shop-ads alone (-pl). In each build
// the policy is found in the parent, checked once, and its two warnings printed once; each module
// prints only its own scan; a build of several modules ends with one summary and one report of all.
def builds = []
new File(basedir, 'build.log').text.readLines().each { line ->
    if (line == '[INFO] Scanning for projects...') {
        builds << []
    }
    builds[-1] << line
}
assert builds.size() == 5

def warnings = [
    '[WARNING] src/main/pledge/shop.pledge:2:8: warning: the notice does not state the contact details of the data protection officer (Art. 13(1)(b)): add `contact dpo "Data Protection Officer" { role dpo email "dpo@..." }` [gdpr-dpo]',
    '[WARNING] src/main/pledge/shop.pledge:19:8: warning: data item \'email\' is used by no purpose: add it to the `uses` of the purpose that needs it, or delete it [unused-data]',
    '[INFO] Checked 1 policy file: 0 errors, 2 warnings.',
]
def again = '[INFO] Policy src/main/pledge already checked in this build: 0 errors, 2 warnings.'
def summary = { List<String> modules ->
    ['[INFO] Pledge summary:',
     '[INFO]   policy src/main/pledge .... 0 errors, 2 warnings'] +
    modules.collect { "[INFO]   $it ${'.' * (26 - it.length())} 0 errors, 0 warnings".toString() } +
    ["[INFO] Pledge total: 0 errors, 2 warnings (1 policy, ${modules.size()} modules scanned); reports of the whole build: target/pledge/pledge.sarif, target/pledge/data-map.html".toString()]
}
def hasSummary = { List<String> log, List<String> expected ->
    int at = log.indexOf(expected[0])
    at >= 0 && log.subList(at, at + expected.size()) == expected && at < log.findIndexOf { it.startsWith('[INFO] Reactor Summary') }
}

builds.eachWithIndex { log, i ->
    warnings.each { assert log.count(it) == 1 : "build ${i + 1}: expected once: $it" }
    assert !log.any { it.startsWith('[ERROR]') } : "build ${i + 1} has errors"
    assert !log.any { it.contains('not marked as @threadSafe') }
    assert log.contains('[INFO] BUILD SUCCESS')
}

// 1: in order; shop-privacy generates the API (its generate goal checks the policy), every check reuses it
def first = builds[0]
assert first.count('[INFO] Generated 10 Java files for policy shop (version 2024-01-01) in package com.example.shop.privacy into shop-privacy/target/generated-sources/pledge') == 1
assert first.count(again) == 3
assert hasSummary(first, summary(['shop-privacy', 'shop-web', 'shop-ads']))

// 2: in parallel: the same, the summary in reactor order whichever module ends last
def second = builds[1]
assert second.contains('[INFO] Policy and parameters unchanged since the last generation: shop-privacy/target/generated-sources/pledge is up to date (delete shop-privacy/target/pledge/generate.stamp to force generation)')
assert second.count(again) == 2
assert second.count { it ==~ /\[INFO\] Scanned \d+ classes in 1 jar\/dir \(in \d+\.\d\ds\): 0 errors, 0 warnings\./ } == 3
assert hasSummary(second, summary(['shop-privacy', 'shop-web', 'shop-ads']))

// 3: shop-web and what it needs (-pl -am), with -Dpledge.policy relative to the root: Maven makes the
// path absolute against each module's folder, and each module finds it in the root, as the default
// (the API is up to date: the same policy file, the same parameters)
def third = builds[2]
assert third.any { it.startsWith('[INFO] Policy and parameters unchanged since the last generation: ') }
assert third.count('[INFO] Policy src/main/pledge/shop.pledge already checked in this build: 0 errors, 2 warnings.') == 1
def partial = ['[INFO] Pledge summary:',
               '[INFO]   policy src/main/pledge/shop.pledge .... 0 errors, 2 warnings',
               '[INFO]   shop-privacy .......................... 0 errors, 0 warnings',
               '[INFO]   shop-web .............................. 0 errors, 0 warnings',
               '[INFO] Pledge total: 0 errors, 2 warnings (1 policy, 2 modules scanned); reports of the whole build: target/pledge/pledge.sarif, target/pledge/data-map.html']
assert hasSummary(third, partial)

// 4: resumed from shop-web: its parent is not in the build, the policy is still found there
def fourth = builds[3]
assert fourth.count(again) == 1
assert hasSummary(fourth, summary(['shop-web', 'shop-ads']))

// 5: one module alone: no summary
def fifth = builds[4]
assert fifth.count { it ==~ /\[INFO\] Scanned \d+ classes in 1 jar\/dir \(in \d+\.\d\ds\): 0 errors, 0 warnings\./ } == 1
assert !fifth.contains('[INFO] Pledge summary:')

// the API is generated in shop-privacy only; the others compile against it
assert new File(basedir, 'shop-privacy/target/generated-sources/pledge/com/example/shop/privacy/ShopConsent.java').isFile()
assert new File(basedir, 'shop-privacy/target/pledge/shop.en.html').isFile()
['shop-web', 'shop-ads'].each { assert !new File(basedir, "$it/target/generated-sources/pledge").exists() }

// the whole build's reports (of build 4): the policy's warnings once, both modules' code, paths from the root
def sarif = new File(basedir, 'target/pledge/pledge.sarif').text
assert sarif.count('"ruleId": "gdpr-dpo"') == 1
assert sarif.count('"ruleId": "unused-data"') == 1
assert sarif.contains('"uri": "src/main/pledge/shop.pledge"')
def dataMap = new File(basedir, 'target/pledge/data-map.json').text
assert dataMap.contains('"file": "shop-web/src/main/java/com/example/shop/web/Checkout.java"')
assert dataMap.contains('"file": "shop-ads/src/main/java/com/example/shop/ads/Attribution.java"')
// each module keeps its own reports too
['shop-privacy', 'shop-web', 'shop-ads'].each { assert new File(basedir, "$it/target/pledge/pledge.sarif").isFile() }
return true
