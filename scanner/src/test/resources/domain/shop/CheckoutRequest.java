package com.example.shop;

import com.fasterxml.jackson.annotation.JsonProperty;

public record CheckoutRequest(
		@JsonProperty("email_address") String email, // pii: email
		@JsonProperty("card_number") String pan, // pii: payment-card-number
		String couponCode,
		@JsonProperty("device_id") String device, // pii: device-id
		String userAgent, // pii: http-headers
		int itemCount) {
}
