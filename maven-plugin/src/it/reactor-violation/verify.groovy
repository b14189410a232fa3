// SPDX-License-Identifier: Apache-2.0
// The shop's web front reads a header the policy does not declare: the build fails in shop-web,
// with the finding and the reason; the policy's warnings are printed once. In order (fail fast)
// shop-ads after it is not checked; in parallel with -fae it is, and passes. Each build ends with
// the summary of every module.
def builds = []
new File(basedir, 'build.log').text.readLines().each { line ->
    if (line == '[INFO] Scanning for projects...') {
        builds << []
    }
    builds[-1] << line
}
assert builds.size() == 2

def finding = '[ERROR] shop-web/src/main/java/com/example/shop/web/Checkout.java:17: error: reads HTTP request headers (`http-headers`) with `jakarta/servlet/http/HttpServletRequest.getHeader`, but no data item of policy `shop` declares it: add `source "jakarta/servlet/http/HttpServletRequest.getHeader"` to the item it is, or declare `data http-headers "HTTP request headers" { source "jakarta/servlet/http/HttpServletRequest.getHeader" }` [undeclared-data]'
def method = '    in com.example.shop.web.Checkout.isBot'
def failure = "[ERROR] Failed to execute goal dev.pledge:pledge-maven-plugin:${pluginVersion}:check (default) on project shop-web: pledge: the code does not keep the policy: 1 error, 0 warnings (see the lines above and shop-web/target/pledge/pledge.sarif); declare the use in the policy, or change the code -> [Help 1]".toString()
def warnings = [
    '[WARNING] src/main/pledge/shop.pledge:2:8: warning: the notice does not state the contact details of the data protection officer (Art. 13(1)(b)): add `contact dpo "Data Protection Officer" { role dpo email "dpo@..." }` [gdpr-dpo]',
    '[WARNING] src/main/pledge/shop.pledge:19:8: warning: data item \'email\' is used by no purpose: add it to the `uses` of the purpose that needs it, or delete it [unused-data]',
]
def summary = { String ads ->
    ['[INFO] Pledge summary:',
     '[INFO]   policy src/main/pledge .... 0 errors, 2 warnings',
     '[INFO]   shop-privacy .............. 0 errors, 0 warnings',
     '[INFO]   shop-web .................. 1 error, 0 warnings',
     "[INFO]   shop-ads .................. $ads".toString()]
}

builds.eachWithIndex { log, i ->
    int at = log.indexOf(finding)
    assert at >= 0 : "build ${i + 1} lacks: $finding"
    assert log[at + 1] == method
    assert log.count(finding) == 1
    assert log.contains(failure) : "build ${i + 1} lacks: $failure"
    assert log.count { it.startsWith('[ERROR] Failed to execute goal') } == 1 : 'only shop-web fails'
    warnings.each { assert log.count(it) == 1 : "build ${i + 1}: expected once: $it" }
    assert log.contains('[INFO] BUILD FAILURE')
}

def expected = summary('not checked: the build stopped before its check') +
    ['[INFO] Pledge total: 1 error, 2 warnings (1 policy, 2 of 3 modules scanned); reports of the whole build: target/pledge/pledge.sarif, target/pledge/data-map.html']
int at = builds[0].indexOf(expected[0])
assert at >= 0 && builds[0].subList(at, at + expected.size()) == expected : "the first build's summary is not:\n${expected.join('\n')}"

expected = summary('0 errors, 0 warnings') +
    ['[INFO] Pledge total: 1 error, 2 warnings (1 policy, 3 modules scanned); reports of the whole build: target/pledge/pledge.sarif, target/pledge/data-map.html']
at = builds[1].indexOf(expected[0])
assert at >= 0 && builds[1].subList(at, at + expected.size()) == expected : "the second build's summary is not:\n${expected.join('\n')}"
assert builds[1].count { it ==~ /\[INFO\] Scanned \d+ classes in 1 jar\/dir \(in \d+\.\d\ds\): 0 errors, 0 warnings\./ } == 2

// the whole build's SARIF names the finding from the root, as code-scanning services need
def sarif = new File(basedir, 'target/pledge/pledge.sarif').text
assert sarif.contains('"ruleId": "undeclared-data"')
assert sarif.contains('"uri": "shop-web/src/main/java/com/example/shop/web/Checkout.java"')
return true
