package com.example.bank;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
public class Account {
	@Id private Long id;
	private String accountNumber; // pii: bank-account
	private String holderName; // pii: person-name
	private BigDecimal balance; // pii: financial-obligations
	private String currency;
	private String productCode;
	private BigDecimal overdraftLimit;
	private int creditScore; // pii: credit-score
	private String nationalId; // pii: national-id
	private boolean frozen;
}
