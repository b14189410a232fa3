// SPDX-License-Identifier: Apache-2.0
package com.example.shop.tracking;

import com.example.shop.domain.Customer;
import com.example.shop.domain.PurchaseOrder;
import com.example.shop.privacy.DataItem;
import com.example.shop.privacy.PersonalData;
import com.example.shop.privacy.Purpose;
import com.segment.analytics.Analytics;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.TrackMessage;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the shop tells Segment. */
@Component
public class Tracking {

    private final Analytics analytics;

    public Tracking(Analytics analytics) {
        this.analytics = analytics;
    }

    @PersonalData(purpose = Purpose.ANALYTICS, data = DataItem.EMAIL)
    public void signedUp(Customer customer) {
        analytics.enqueue(IdentifyMessage.builder()
                .userId(String.valueOf(customer.getId()))
                .traits(Map.of("email", customer.getEmail())));
    }

    @PersonalData(purpose = Purpose.ANALYTICS, data = DataItem.EMAIL)
    public void orderPlaced(PurchaseOrder order) {
        analytics.enqueue(TrackMessage.builder("Order Completed")
                .userId(String.valueOf(order.getCustomer().getId()))
                .properties(Map.of(
                        "total", order.getTotal(),
                        "sku", order.getProduct().getSku(),
                        "phone", order.getCustomer().getPhone())));
    }
}
