package com.example.bank;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
public class Transaction {
	@Id private Long id;
	@ManyToOne private Account account;
	private BigDecimal amount;
	private String currency;
	private Instant bookedAt;
	private String counterpartyIban; // pii: bank-account
	private String reference;
	private String merchantCategory;
	private String type;
}
