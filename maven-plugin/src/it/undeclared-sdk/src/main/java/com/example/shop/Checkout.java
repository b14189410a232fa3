// SPDX-License-Identifier: Apache-2.0
package com.example.shop;

import com.adjust.sdk.Adjust;

public class Checkout {

    public void completed() {
        Adjust.trackEvent("purchase");
    }
}
