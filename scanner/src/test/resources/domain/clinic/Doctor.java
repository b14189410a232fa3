package com.example.clinic;

import jakarta.persistence.*;

@Entity
public class Doctor extends Person {
	private String licenseNumber;
	private String specialty;
	private String department; // pii: job-title
	private int roomNumber;
}
