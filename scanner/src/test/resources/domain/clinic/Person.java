package com.example.clinic;

import jakarta.persistence.*;

@MappedSuperclass
public class Person {
	@Id private Long id;
	private String name; // pii: person-name
	private String email; // pii: email
	private String mobile; // pii: phone-number
	private String ssn; // pii: national-id
}
