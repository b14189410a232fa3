// SPDX-License-Identifier: Apache-2.0
package com.example.tracking;

import android.app.Activity;
import android.telephony.TelephonyManager;
import com.adjust.sdk.Adjust;

/**
 * The Android library's screen: no code of the app calls it, but its manifest declares it, so Android
 * creates it and calls onCreate.
 */
public class TrackingActivity extends Activity {

    private TelephonyManager telephony;

    @Override
    protected void onCreate(Object savedState) {
        String number = telephony.getLine1Number();
        Adjust.trackEvent("opened");
    }
}
