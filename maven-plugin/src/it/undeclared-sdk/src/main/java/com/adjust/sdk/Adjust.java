// SPDX-License-Identifier: Apache-2.0
package com.adjust.sdk;

/** Stand-in for the Adjust SDK: the scanner matches calls into its package. */
public class Adjust {

    public static void trackEvent(String event) {}
}
