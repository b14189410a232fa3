package com.example.hr;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
public class Employee {
	@Id private Long id;
	private String employeeNumber; // pii: employee-id
	private String fullName; // pii: person-name
	private String workEmail; // pii: email
	private String homePhone; // pii: phone-number
	private String jobTitle; // pii: job-title
	private LocalDate hireDate; // pii: employment-history
	private BigDecimal annualSalary; // pii: income
	private String iban; // pii: bank-account
	private String taxId; // pii: tax-id
	private String maritalStatus; // pii: marital-status
	private int numberOfChildren; // pii: family
	private boolean tradeUnionMember; // pii: trade-union
	private String nationality; // pii: nationality
	private String passportNumber; // pii: passport-number
	@ManyToOne private Department team;
	private int vacationDaysLeft;
	private boolean remote;
}
