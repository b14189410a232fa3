// SPDX-License-Identifier: Apache-2.0
package dev.pledge.sample;

import com.xiaomi.privacy.Purpose;
import com.xiaomi.privacy.Region;
import com.xiaomi.privacy.XiaomiLedger;
import dev.pledge.runtime.ConsentRecord;

/** The settings toggle "Allow notifications": every change is a consent record in the ledger. */
public final class PushSettings {

    static final String CHANNEL = "settings:notifications";

    private final XiaomiLedger ledger;

    public PushSettings(XiaomiLedger ledger) {
        this.ledger = ledger;
    }

    public ConsentRecord turnOn(String userId, Region region) {
        return ledger.grant(userId, Purpose.PUSH_NOTIFICATIONS, region, CHANNEL, "toggle switched on");
    }

    public ConsentRecord turnOff(String userId, Region region) {
        return ledger.withdraw(userId, Purpose.PUSH_NOTIFICATIONS, region, CHANNEL, "toggle switched off");
    }
}
