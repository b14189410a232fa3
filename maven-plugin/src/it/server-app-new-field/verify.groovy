// SPDX-License-Identifier: Apache-2.0
// A date of birth added to the Customer entity fails the build, at the field's declaration.
// (The build runs from the aggregator around app/: paths are relative to it.)
def log = new File(basedir, 'build.log').text.readLines()

def finding = '[ERROR] app/src/main/java/com/example/shop/domain/Customer.java:39: error: field `Customer.dateOfBirth` holds date of birth (`date-of-birth`), but no data item of policy `shop` declares it: declare `data date-of-birth "Date of birth"` in a category of the policy (or add `source "date-of-birth"` to the item it is) [undeclared-data]'
def at = log.indexOf(finding)
assert at >= 0 : "build.log lacks: $finding"
assert log[at + 1] == '    in com.example.shop.domain.Customer.dateOfBirth'
assert log.count { it ==~ /\[ERROR\] .*\[[a-z-]+\]/ } == 1 : 'nothing else fails'
def summary = log.find { it.startsWith('[INFO] Scanned ') }
assert summary ==~ /\[INFO\] Scanned \d+ classes in \d+ jars\/dirs \(in \d+\.\d\ds\): 1 error, 0 warnings; 2 known from the baseline\./ : summary
def failure = "[ERROR] Failed to execute goal dev.pledge:pledge-maven-plugin:${pluginVersion}:check (default) on project server-app: pledge: the code does not keep the policy: 1 error, 0 warnings (see the lines above and app/target/pledge/pledge.sarif); declare the use in the policy, or change the code -> [Help 1]"
assert log.contains(failure.toString()) : "build.log lacks: $failure"
return true
