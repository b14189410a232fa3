// SPDX-License-Identifier: Apache-2.0
package dev.pledge.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.xiaomi.privacy.Purpose;
import com.xiaomi.privacy.Region;
import com.xiaomi.privacy.XiaomiConsent;
import com.xiaomi.privacy.XiaomiLedger;
import dev.pledge.runtime.ConsentDeniedException;
import dev.pledge.runtime.ConsentStores;
import dev.pledge.runtime.Decision;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample app against the API generated from examples/xiaomi/2021 in this build. */
class SampleAppTest {

    @TempDir
    Path folder;

    @Test
    void pushFollowsTheSettingsToggle() {
        try (XiaomiLedger ledger = XiaomiLedger.open(ConsentStores.inMemory())) {
            PushSettings settings = new PushSettings(ledger);
            PushService push = new PushService(ledger);
            assertEquals(Decision.DENIED_NO_CONSENT, push.notify("u1", "hello"));
            settings.turnOn("u1", Region.EEA);
            assertEquals(Decision.ALLOWED_BY_CONSENT, push.notify("u1", "hello"));
            settings.turnOff("u1", Region.EEA);
            assertEquals(Decision.DENIED_WITHDRAWN, push.notify("u1", "again"));
            assertEquals(List.of("u1: hello"), push.sent());
        }
    }

    @Test
    void ordersShipOnlyAfterTheUserAgreedAtCheckout() {
        try (XiaomiLedger ledger = XiaomiLedger.open(ConsentStores.inMemory())) {
            OrderService orders = new OrderService(ledger);
            ConsentDeniedException denied =
                    assertThrows(ConsentDeniedException.class, () -> orders.ship("u2", "Li Lei", "Beijing"));
            assertEquals(Decision.DENIED_NO_CONSENT, denied.decision(), "the policy states no basis for orders");
            orders.checkout("u2", Region.EEA);
            assertEquals("Li Lei\nBeijing", orders.ship("u2", "Li Lei", "Beijing"));
            assertEquals(
                    Decision.ALLOWED_BY_CONSENT, XiaomiConsent.check(ledger.subject("u2"), Purpose.ORDER_PROCESSING));
        }
    }

    @Test
    void consentBasedProcessingWithoutConsentIsRefused() {
        try (XiaomiLedger ledger = XiaomiLedger.open(ConsentStores.inMemory())) {
            ConsentDeniedException denied = assertThrows(
                    ConsentDeniedException.class,
                    () -> XiaomiConsent.require(ledger.subject("u3"), Purpose.FIND_DEVICE));
            assertEquals(Decision.DENIED_NO_CONSENT, denied.decision());
        }
    }

    @Test
    void theAppKeepsItsLedgerAcrossRuns() throws Exception {
        Path ledgerFile = folder.resolve("consent");
        String first = run(ledgerFile);
        assertTrue(first.contains("before consent:  DENIED_NO_CONSENT"), first);
        assertTrue(first.contains("after opt-in:    ALLOWED_BY_CONSENT"), first);
        assertTrue(first.contains("after opt-out:   DENIED_WITHDRAWN"), first);
        assertTrue(first.contains("shipping label:  Li Lei Beijing"), first);
        assertEquals(3, receipts(first));
        String second = run(ledgerFile);
        assertEquals(6, receipts(second), "records of the first run survive: " + second);
    }

    private static String run(Path ledgerFile) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SampleApp.run(ledgerFile, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static long receipts(String output) {
        return output.lines().filter(line -> line.startsWith("{")).count();
    }
}
