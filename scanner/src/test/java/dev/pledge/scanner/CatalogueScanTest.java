// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.DataMap;
import dev.pledge.scanner.report.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueScanTest {

    /** Every SDK the Xiaomi policy names is in the catalogue, under some party. */
    @Test
    void userCatalogueAddsConcepts(@TempDir Path dir) throws Exception {
        Fixture fixture = Fixture.create(dir);
        Path catalogue = Files.writeString(dir.resolve("extra.txt"), """
				# our own wrappers
				@concept imei "IMEI"
				com/example/app/DeviceInfo.imei
				@sdk acme "ACME Analytics" analytics
				com.acme.analytics
				""");
        // a wrapper of the app's own, in the scanned code: calls to it are reads
        Path user =
                fixture.app(Fixture.files("com/example/app/DeviceInfo.java", """
				package com.example.app;

				public class DeviceInfo {
					public static native String imei();
					public static native String phone();
				}
				""", "com/example/app/User.java", """
				package com.example.app;

				public class User {
					String id() {
						return DeviceInfo.imei() + DeviceInfo.phone();
					}
				}
				"""));
        ScanResult without = fixture.scan(user);
        assertEquals(0, without.dataMap().items().size());
        ScanResult with = fixture.scan(ScanOptions.defaults().withThreads(1).withCatalogues(List.of(catalogue)), user);
        assertEquals(
                List.of("imei"),
                with.dataMap().items().stream().map(DataMap.ItemUse::id).toList());
        assertEquals(List.of(), with.findings());
    }

    @Test
    void missingUserCatalogueFailsTheScan(@TempDir Path dir) {
        Fixture fixture = Fixture.create(dir);
        ScanException e = assertThrows(
                ScanException.class,
                () -> new Scanner()
                        .scan(new ScanRequest(
                                fixture.policy,
                                List.of(fixture.api),
                                ScanOptions.defaults().withCatalogues(List.of(dir.resolve("missing.txt"))))));
        assertTrue(e.getMessage().startsWith("cannot read catalogue " + dir.resolve("missing.txt")), e.getMessage());
    }

    @Test
    void policySourcesThatMatchNothingAreWarnings(@TempDir Path dir) {
        Fixture fixture = Fixture.create(
                dir,
                Fixture.POLICY.replace(
                        "data ip-address \"IP address\"",
                        "data ip-address \"IP address\" { source \"request.getRemoteAddr()\", \"ip-address\" }"));
        ScanResult result = fixture.scan(fixture.api);
        assertEquals(1, result.findings().size());
        ScanFinding warning = result.findings().get(0);
        assertEquals(ScanRule.INVALID_SOURCE, warning.rule());
        assertEquals(
                "`source \"request.getRemoteAddr()\"` of data item `ip-address` is neither a member reference nor a"
                        + " catalogue concept, so it matches no code: write the internal class name, a dot and the member, e.g."
                        + " `source \"android/telephony/TelephonyManager.getImei\"`, or a concept such as `source \"imei\"`",
                warning.message());
        assertEquals("data ip-address", warning.at().where());
        assertTrue(result.summary().endsWith(": 0 errors, 1 warning."), result.summary());
    }
}
