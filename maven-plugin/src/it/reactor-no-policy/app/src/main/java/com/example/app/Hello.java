// SPDX-License-Identifier: Apache-2.0
package com.example.app;

public class Hello {

    public String greet(String name) {
        return "Hello, " + name;
    }
}
