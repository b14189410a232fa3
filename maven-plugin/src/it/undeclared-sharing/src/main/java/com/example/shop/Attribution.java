// SPDX-License-Identifier: Apache-2.0
package com.example.shop;

import android.telephony.TelephonyManager;
import com.appsflyer.AppsFlyerLib;
import com.example.shop.privacy.DataItem;
import com.example.shop.privacy.PersonalData;
import com.example.shop.privacy.Purpose;

public class Attribution {

    @PersonalData(
            purpose = Purpose.AD_ATTRIBUTION,
            data = {DataItem.IMEI, DataItem.ADVERTISING_ID})
    public void reportInstall(TelephonyManager telephony, AppsFlyerLib appsFlyer) {
        appsFlyer.logEvent("install", telephony.getImei());
    }
}
