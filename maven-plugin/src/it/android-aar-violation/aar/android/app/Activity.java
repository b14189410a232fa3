// SPDX-License-Identifier: Apache-2.0
package android.app;

/** Stand-in for Android's Activity, to compile the library against: it is not packed into the .aar. */
public class Activity {

    protected void onCreate(Object savedState) {}
}
