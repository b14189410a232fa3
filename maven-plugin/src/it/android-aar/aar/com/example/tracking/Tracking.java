// SPDX-License-Identifier: Apache-2.0
package com.example.tracking;

import com.adjust.sdk.Adjust;

/** The Android library's own code: it calls the Adjust SDK, but nothing in the app calls it. */
public class Tracking {

    public static void purchase() {
        Adjust.trackEvent("purchase");
    }
}
