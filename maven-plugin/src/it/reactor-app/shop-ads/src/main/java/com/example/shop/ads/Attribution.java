// SPDX-License-Identifier: Apache-2.0
package com.example.shop.ads;

import android.telephony.TelephonyManager;
import com.appsflyer.AppsFlyerLib;
import com.example.shop.privacy.DataItem;
import com.example.shop.privacy.PersonalData;
import com.example.shop.privacy.Purpose;
import com.example.shop.privacy.ShopConsent;
import dev.pledge.runtime.SubjectConsent;

public class Attribution {

    @PersonalData(
            purpose = Purpose.AD_ATTRIBUTION,
            data = {DataItem.IMEI, DataItem.ADVERTISING_ID})
    public void reportInstall(SubjectConsent user, TelephonyManager telephony, AppsFlyerLib appsFlyer) {
        if (ShopConsent.check(user, Purpose.AD_ATTRIBUTION).allowed()) {
            appsFlyer.logEvent("install", telephony.getImei());
        }
    }
}
