// SPDX-License-Identifier: Apache-2.0
package com.example.shop.web;

import com.example.shop.domain.Customer;
import com.example.shop.domain.Shop;
import com.example.shop.privacy.DataItem;
import com.example.shop.privacy.PersonalData;
import com.example.shop.privacy.Purpose;
import com.example.shop.tracking.Tracking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SignupController {

    private static final Logger log = LoggerFactory.getLogger(SignupController.class);

    private final Shop shop;
    private final Tracking tracking;

    public SignupController(Shop shop, Tracking tracking) {
        this.shop = shop;
        this.tracking = tracking;
    }

    @PostMapping("/customers")
    @PersonalData(
            purpose = Purpose.ACCOUNTS,
            data = {DataItem.PERSON_NAME, DataItem.EMAIL, DataItem.PHONE_NUMBER})
    public long signUp(@RequestBody SignupForm form) {
        Customer customer = shop.save(new Customer(form.firstName(), form.lastName(), form.email(), form.phone()));
        log.info("customer {} signed up", customer.getId());
        tracking.signedUp(customer);
        return customer.getId();
    }
}
