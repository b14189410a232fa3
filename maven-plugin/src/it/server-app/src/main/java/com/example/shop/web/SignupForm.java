// SPDX-License-Identifier: Apache-2.0
package com.example.shop.web;

/** What the sign-up form posts. */
public record SignupForm(String firstName, String lastName, String email, String phone) {}
