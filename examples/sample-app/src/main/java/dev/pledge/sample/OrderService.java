// SPDX-License-Identifier: Apache-2.0
package dev.pledge.sample;

import com.xiaomi.privacy.DataItem;
import com.xiaomi.privacy.PersonalData;
import com.xiaomi.privacy.Purpose;
import com.xiaomi.privacy.XiaomiConsent;
import com.xiaomi.privacy.XiaomiLedger;

/** Ships orders: processing under contract needs no consent, and the guard says so. */
public final class OrderService {

    private final XiaomiLedger ledger;

    public OrderService(XiaomiLedger ledger) {
        this.ledger = ledger;
    }

    /** Returns the shipping label; throws ConsentDeniedException if the policy did not allow it. */
    @PersonalData(
            purpose = Purpose.ORDER_PROCESSING,
            data = {DataItem.NAME, DataItem.SHIPPING})
    public String ship(String userId, String name, String address) {
        XiaomiConsent.require(ledger.subject(userId), Purpose.ORDER_PROCESSING);
        return name + "\n" + address;
    }
}
