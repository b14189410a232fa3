package com.example.clinic;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
public class Diagnosis {
	@Id private Long id;
	@ManyToOne private Patient patient;
	private String icd10Code; // pii: medical-condition
	private String notes;
	private LocalDate diagnosedOn;
	private String severity;
}
