package com.example.petshop;

/** A record used as a DTO in a controller's responses. */
public record OwnerDto(
		Integer id,
		String firstName, // pii: person-name
		String lastName, // pii: person-name
		String address, // pii: postal-address
		String city, // pii: city
		String telephone, // pii: phone-number
		int petCount) {
}
