package com.example.petshop;

/** A Spring Data closed projection of Owner: the repository fills it by reflection, no field exists. */
public interface OwnerSummary {
	Integer getId();
	String getFirstName(); // pii: person-name
	String getLastName(); // pii: person-name
	String getTelephone(); // pii: phone-number
	String getCity(); // pii: city
	int getPetCount();

	default String getDisplayName() {
		return getFirstName() + " " + getLastName();
	}
}
