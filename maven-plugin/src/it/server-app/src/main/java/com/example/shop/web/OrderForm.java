// SPDX-License-Identifier: Apache-2.0
package com.example.shop.web;

/** What the checkout posts. */
public record OrderForm(long customerId, long productId, int quantity) {}
