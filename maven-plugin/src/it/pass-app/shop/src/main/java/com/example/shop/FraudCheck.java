// SPDX-License-Identifier: Apache-2.0
package com.example.shop;

import android.telephony.TelephonyManager;
import com.example.shop.privacy.DataItem;
import com.example.shop.privacy.PersonalData;
import com.example.shop.privacy.Purpose;

public class FraudCheck {

    @PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = DataItem.IMEI)
    public boolean suspicious(TelephonyManager telephony) {
        return telephony.getImei().startsWith("00");
    }
}
