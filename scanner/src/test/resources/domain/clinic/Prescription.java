package com.example.clinic;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
public class Prescription {
	@Id private Long id;
	private String medication; // pii: medication
	private String dosage; // pii: medication
	private int refills;
	private LocalDate issuedOn;
	private LocalDate expiryDate;
}
