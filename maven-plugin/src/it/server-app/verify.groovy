// SPDX-License-Identifier: Apache-2.0
// The realistic server app passes: the policy declares what it holds (entity and form fields), what the
// framework reads on its behalf when it serves HTTP (request headers, the client's address, the session),
// and what it sends to Segment; framework code the app cannot reach does not count; the known violation
// (an order's phone number sent to Segment) is in the baseline and reported as known.
def log = new File(basedir, 'build.log').text.readLines()

// (the policy's own notice warnings, src/main/pledge/..., are the policy check's, not the gate's)
assert !log.any { it ==~ /\[(ERROR|WARNING)\] (?!src\/main\/pledge\/).*\[[a-z-]+\]/ } : 'no finding counts'
assert !log.any { it.startsWith('[ERROR]') } : 'the app passes'
def summary = log.find { it.startsWith('[INFO] Scanned ') }
assert summary ==~ /\[INFO\] Scanned \d+ classes in \d+ jars\/dirs \(in \d+\.\d\ds\): 0 errors, 0 warnings; 1 known from the baseline, \d+ in unreachable dependency code\./ : summary
def unreachable = (summary =~ /(\d+) in unreachable dependency code/)[0][1] as int
assert unreachable > 0 : 'framework reads the app cannot reach are present in the jars, and do not count'

// the data map: what the app holds, what the framework reads for it, what goes to Segment
def map = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/pledge/data-map.json'))
def item = { id -> map.items.find { it.id == id } }
assert item('email').sharedWith == ['segment']
assert item('email').reads.any { it.field == 'com/example/shop/domain/Customer.email' }
assert item('phone-number').sharedWith == ['segment'] : 'the known violation is still in the map'
assert item('http-headers').reads.any { it.file.startsWith('spring-web') && it.reachable != false }
assert item('ip-address').reads.any { it.method == 'publishRequestHandledEvent' }
assert map.items.any { it.reads.any { it.reachable == false } } : 'unreachable reads are listed as such'
// the policy does not declare cookies: Spring MVC reads them only in code this app never runs
assert item('cookies').reads && item('cookies').reads.every { it.reachable == false }
def segment = map.parties.find { it.id == 'segment' }
assert segment.items == ['email', 'phone-number']
assert segment.receives == ['email']
def sarif = new File(basedir, 'target/pledge/pledge.sarif').text
assert sarif.contains('"baselineState": "unchanged"')
return true
