package com.example.hr;

public class JobApplication {
	private Long id;
	private String applicantName; // pii: person-name
	private String applicantEmail; // pii: email
	private byte[] resume; // pii: resume
	private String coverLetter; // pii: resume
	private String criminalRecord; // pii: criminal-record
	private String position;
	private String source;
	private String ethnicity; // pii: ethnicity
	private String veteranStatus; // pii: military-status
	private String disability; // pii: disability
}
