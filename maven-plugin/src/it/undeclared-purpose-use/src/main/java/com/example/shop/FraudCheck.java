// SPDX-License-Identifier: Apache-2.0
package com.example.shop;

import com.example.shop.privacy.DataItem;
import com.example.shop.privacy.PersonalData;
import com.example.shop.privacy.Purpose;

public class FraudCheck {

    @PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = DataItem.ADVERTISING_ID)
    public boolean suspicious(String advertisingId) {
        return advertisingId.startsWith("0000");
    }
}
