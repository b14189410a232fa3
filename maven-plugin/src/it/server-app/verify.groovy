// SPDX-License-Identifier: Apache-2.0
// The realistic server app passes: the policy declares what it holds (entity and form fields), what the
// framework reads on its behalf when it serves HTTP (request headers, cookies, the client's address, the session),
// and what it sends to Segment; framework code the app cannot reach does not count; the known violation
// (an order's phone number read for analytics and sent to Segment: two findings) is in the baseline and reported
// as known.
def log = new File(basedir, 'build.log').text.readLines()

// (the policy's own notice warnings, src/main/pledge/..., are the policy check's, not the gate's)
assert !log.any { it ==~ /\[(ERROR|WARNING)\] (?!src\/main\/pledge\/).*\[[a-z-]+\]/ } : 'no finding counts'
assert !log.any { it.startsWith('[ERROR]') } : 'the app passes'
def summary = log.find { it.startsWith('[INFO] Scanned ') }
assert summary ==~ /\[INFO\] Scanned \d+ classes in \d+ jars\/dirs \(in \d+\.\d\ds\): 0 errors, 0 warnings; 2 known from the baseline\./ : summary

// the data map: what the app holds, what the framework reads for it, what goes to Segment
def map = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/pledge/data-map.json'))
def item = { id -> map.items.find { it.id == id } }
assert item('email').sharedWith == ['segment']
assert item('email').reads.any { it.field == 'com/example/shop/domain/Customer.email' }
assert item('phone-number').sharedWith == ['segment'] : 'the known violation is still in the map'
assert item('http-headers').reads.any { it.file.startsWith('spring-web') && it.reachable != false }
assert item('ip-address').reads.any { it.method == 'publishRequestHandledEvent' && it.reachable != false }
// framework code no one creates or registers is listed as unreachable: logback's socket server
assert item('ip-address').reads.any { it['class'] == 'ch.qos.logback.classic.net.SimpleSocketServer' && it.reachable == false }
// @EnableWebMvc imports Spring MVC's configuration: its @Bean methods create the argument resolvers
assert item('customer-id').reads.any { it['class'].endsWith('.PrincipalMethodArgumentResolver') && it.reachable != false }
assert item('cookies').reads.any { it['class'] == 'org.springframework.web.util.WebUtils' && it.reachable != false }
def segment = map.parties.find { it.id == 'segment' }
assert segment.items == ['email', 'phone-number']
assert segment.receives == ['email']
def sarif = new File(basedir, 'target/pledge/pledge.sarif').text
assert sarif.contains('"baselineState": "unchanged"')
return true
