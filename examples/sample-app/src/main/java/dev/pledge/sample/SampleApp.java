// SPDX-License-Identifier: Apache-2.0
package dev.pledge.sample;

import com.xiaomi.privacy.Region;
import com.xiaomi.privacy.XiaomiConsent;
import com.xiaomi.privacy.XiaomiLedger;
import dev.pledge.runtime.ConsentReceipts;
import dev.pledge.runtime.ConsentStores;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A user turns notifications on and off; the app asks the generated guard before each push and
 * ships an order the user agreed to at checkout (the policy states no basis for orders, so the guard asks for
 * consent). Consent records go to an embedded H2 ledger.
 *
 * <p>Usage: {@code java -cp ... dev.pledge.sample.SampleApp [LEDGER_FILE]} (default {@code target/consent}).
 */
public final class SampleApp {

    public static void main(String[] args) throws IOException {
        Path ledgerFile = Path.of(args.length > 0 ? args[0] : "target/consent");
        run(ledgerFile, System.out);
    }

    static void run(Path ledgerFile, PrintStream out) throws IOException {
        try (XiaomiLedger ledger = XiaomiLedger.open(ConsentStores.h2(ledgerFile))) {
            PushSettings settings = new PushSettings(ledger);
            PushService push = new PushService(ledger);
            OrderService orders = new OrderService(ledger);
            String user = "user-42";
            out.println("policy " + XiaomiConsent.POLICY_ID + " " + XiaomiConsent.POLICY_VERSION);
            out.println("before consent:  " + push.notify(user, "MIUI 12.5 is available"));
            settings.turnOn(user, Region.EEA);
            out.println("after opt-in:    " + push.notify(user, "MIUI 12.5 is available"));
            settings.turnOff(user, Region.EEA);
            out.println("after opt-out:   " + push.notify(user, "Mi 11 is on sale"));
            orders.checkout(user, Region.EEA);
            out.println(
                    "shipping label:  " + orders.ship(user, "Li Lei", "Beijing").replace('\n', ' '));
            out.println("receipts:");
            StringBuilder receipts = new StringBuilder();
            ConsentReceipts.writeHistory(ledger.ledger().store(), user, receipts);
            out.print(receipts);
        }
    }

    private SampleApp() {}
}
