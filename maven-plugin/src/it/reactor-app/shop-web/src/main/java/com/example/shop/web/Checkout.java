// SPDX-License-Identifier: Apache-2.0
package com.example.shop.web;

import com.example.shop.privacy.DataItem;
import com.example.shop.privacy.PersonalData;
import com.example.shop.privacy.Purpose;
import jakarta.servlet.http.HttpServletRequest;

public class Checkout {

    @PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = DataItem.IP_ADDRESS)
    public boolean suspicious(HttpServletRequest request) {
        return request.getRemoteAddr().startsWith("10.");
    }
}
