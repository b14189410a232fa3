// SPDX-License-Identifier: Apache-2.0
package com.example.shop;

import android.telephony.TelephonyManager;

public class Signup {

    public String prefillPhone(TelephonyManager telephony) {
        return telephony.getLine1Number();
    }
}
