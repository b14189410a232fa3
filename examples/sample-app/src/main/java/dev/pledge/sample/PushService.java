// SPDX-License-Identifier: Apache-2.0
package dev.pledge.sample;

import com.xiaomi.privacy.DataItem;
import com.xiaomi.privacy.PersonalData;
import com.xiaomi.privacy.Purpose;
import com.xiaomi.privacy.XiaomiConsent;
import com.xiaomi.privacy.XiaomiLedger;
import dev.pledge.runtime.Decision;
import java.util.ArrayList;
import java.util.List;

/** Mi Push: sends a notification only to users whose consent for push notifications is current. */
public final class PushService {

    private final XiaomiLedger ledger;
    private final List<String> sent = new ArrayList<>();

    public PushService(XiaomiLedger ledger) {
        this.ledger = ledger;
    }

    /** Sends the message when the policy allows it; returns the guard's decision either way. */
    @PersonalData(
            purpose = Purpose.PUSH_NOTIFICATIONS,
            data = {DataItem.MI_ACCOUNT_ID, DataItem.FCM_TOKEN})
    public Decision notify(String userId, String message) {
        Decision decision = XiaomiConsent.check(ledger.subject(userId), Purpose.PUSH_NOTIFICATIONS);
        if (decision.allowed()) {
            sent.add(userId + ": " + message);
        }
        return decision;
    }

    public List<String> sent() {
        return List.copyOf(sent);
    }
}
