// SPDX-License-Identifier: Apache-2.0
package android.telephony;

/** Stand-in for Android's TelephonyManager, to compile the library against: it is not packed into the .aar. */
public class TelephonyManager {

    public String getLine1Number() {
        return "";
    }
}
