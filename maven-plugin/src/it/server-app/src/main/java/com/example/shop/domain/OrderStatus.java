// SPDX-License-Identifier: Apache-2.0
package com.example.shop.domain;

public enum OrderStatus {
    PLACED,
    PAID,
    SHIPPED,
    CANCELLED
}
