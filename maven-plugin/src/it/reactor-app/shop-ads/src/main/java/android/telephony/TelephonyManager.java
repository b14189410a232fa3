// SPDX-License-Identifier: Apache-2.0
package android.telephony;

/** Stand-in for the Android API: the scanner matches calls by class and method name. */
public class TelephonyManager {

    public String getImei() {
        return "490154203237518";
    }
}
