package com.example.shop;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
	private String street; // pii: postal-address
	private String houseNumber; // pii: postal-address
	private String city; // pii: city
	private String zipCode; // pii: postal-code
	private String country; // pii: country-of-residence
}
