package com.example.petshop;

import java.time.LocalDate;

/** A projection that extends another and adds what the details page shows. */
public interface OwnerDetails extends OwnerSummary {
	String getAddress(); // pii: postal-address
	String getEmail(); // pii: email
	LocalDate getDateOfBirth(); // pii: date-of-birth
	boolean isActive();
	Long getVersion();
}
