// SPDX-License-Identifier: Apache-2.0
package dev.pledge.sample;

import com.xiaomi.privacy.DataItem;
import com.xiaomi.privacy.PersonalData;
import com.xiaomi.privacy.Purpose;
import com.xiaomi.privacy.Region;
import com.xiaomi.privacy.XiaomiConsent;
import com.xiaomi.privacy.XiaomiLedger;
import dev.pledge.runtime.ConsentRecord;

/**
 * Ships orders. The Xiaomi policy states no legal basis for processing orders ({@code basis unstated}), so
 * the guard treats it as needing consent, and the app asks for it at checkout.
 */
public final class OrderService {

    private final XiaomiLedger ledger;

    public OrderService(XiaomiLedger ledger) {
        this.ledger = ledger;
    }

    static final String CHANNEL = "checkout:order-terms";

    /** The user agrees to the processing of the order at checkout: a consent record in the ledger. */
    public ConsentRecord checkout(String userId, Region region) {
        return ledger.grant(userId, Purpose.ORDER_PROCESSING, region, CHANNEL, "agreed at checkout");
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
