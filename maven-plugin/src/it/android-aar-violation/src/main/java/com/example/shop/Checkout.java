// SPDX-License-Identifier: Apache-2.0
package com.example.shop;

public class Checkout {

    public String completed(String order) {
        return "thanks for " + order;
    }
}
