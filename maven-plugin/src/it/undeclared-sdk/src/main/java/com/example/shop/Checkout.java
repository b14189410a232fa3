package com.example.shop;

import com.adjust.sdk.Adjust;

public class Checkout {

	public void completed() {
		Adjust.trackEvent("purchase");
	}
}
