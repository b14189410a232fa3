// SPDX-License-Identifier: Apache-2.0
package com.appsflyer;

/** Stand-in for the AppsFlyer SDK: the scanner matches calls into its package. */
public class AppsFlyerLib {

    public void logEvent(String event, String value) {}

    public String getAdvertisingId() {
        return "38400000-8cf0-11bd-b23e-10b96e40000d";
    }
}
