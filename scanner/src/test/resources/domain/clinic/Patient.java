package com.example.clinic;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.List;

@Entity
public class Patient extends Person {
	private String nhsNumber; // pii: health-insurance-number
	private LocalDate birthDate; // pii: date-of-birth
	private String bloodType; // pii: blood-type
	@ElementCollection private List<String> allergies; // pii: allergies
	private String emergencyContactPhone; // pii: emergency-contact
	private double weight; // pii: body-measurements
	private double height; // pii: body-measurements
	private boolean smoker; // pii: lifestyle-health
	private String insuranceProvider;
	private LocalDate registeredOn;
}
