package com.example.petshop;

/** A DTO interface a JSON library implements (Jackson's abstract-type mapping). */
public interface CustomerContact {
	String getEmailAddress(); // pii: email
	String getMobileNumber(); // pii: phone-number
	String getPreferredLanguage(); // pii: preferred-language
	boolean isEmailVerified();
	String getCreatedBy();
}
