// SPDX-License-Identifier: Apache-2.0
package com.adjust.sdk;

/** Stand-in for the Adjust SDK, to compile the library against: it is not packed into the .aar. */
public class Adjust {

    public static void trackEvent(String event) {}
}
