// SPDX-License-Identifier: Apache-2.0
package com.example.shop.web;

import com.example.shop.domain.PurchaseOrder;
import com.example.shop.domain.Shop;
import com.example.shop.tracking.Tracking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController {

    private static final Logger log = LoggerFactory.getLogger(OrderController.class);

    private final Shop shop;
    private final Tracking tracking;

    public OrderController(Shop shop, Tracking tracking) {
        this.shop = shop;
        this.tracking = tracking;
    }

    @PostMapping("/orders")
    public long order(@RequestBody OrderForm form) {
        PurchaseOrder order = shop.place(
                new PurchaseOrder(shop.customer(form.customerId()), shop.product(form.productId()), form.quantity()));
        log.info(
                "order {} placed: {} x {}",
                order.getId(),
                order.getQuantity(),
                order.getProduct().getSku());
        tracking.orderPlaced(order);
        return order.getId();
    }
}
