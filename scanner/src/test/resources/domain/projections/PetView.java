package com.example.petshop;

import java.time.LocalDate;

/** A pet's projection: a pet's name and birth date are no one's personal data. */
public interface PetView {
	String getName();
	LocalDate getBirthDate();
	String getTypeName();
	Integer getOwnerId();
}
