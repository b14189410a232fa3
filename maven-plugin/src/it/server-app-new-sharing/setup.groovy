// SPDX-License-Identifier: Apache-2.0
// The server app, and a developer adds the customer's city to what Segment gets at sign-up: a new
// violation next to the known one of the baseline.
def serverApp = evaluate(new File(itSources, 'ServerApp.groovy'))
def app = serverApp.copy(basedir, itSources, pluginVersion)
serverApp.edit(app, 'src/main/java/com/example/shop/tracking/Tracking.java',
        '.traits(Map.of("email", customer.getEmail())));',
        '.traits(Map.of("email", customer.getEmail(), "city", customer.getAddress().getCity())));')
return true
