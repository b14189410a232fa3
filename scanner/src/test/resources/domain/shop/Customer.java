package com.example.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Past;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "customers")
public class Customer {
	@Id @GeneratedValue private Long id;
	@Version private int version;
	private Instant createdAt;
	private Instant updatedAt;
	@Column(name = "first_name") private String firstName; // pii: person-name
	@Column(name = "last_name") private String lastName; // pii: person-name
	@Email private String contact; // pii: email
	private boolean emailVerified;
	@Column(name = "tel_no") private String phoneNo; // pii: phone-number
	@Past private LocalDate dateOfBirth; // pii: date-of-birth
	private String gender; // pii: gender
	@Embedded private Address billingAddress; // pii: postal-address
	private String preferredLanguage; // pii: preferred-language
	private boolean newsletterOptIn; // pii: consent-preferences
	private String passwordHash; // pii: password
	private Instant lastLoginAt; // pii: app-usage
	private String lastLoginIp; // pii: ip-address
	@OneToMany private List<Order> orders;
	private int loyaltyPoints;
	private String status;
}
