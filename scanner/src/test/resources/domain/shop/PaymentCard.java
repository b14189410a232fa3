package com.example.shop;

import jakarta.persistence.*;
import org.hibernate.validator.constraints.CreditCardNumber;

@Entity
public class PaymentCard {
	@Id private Long id;
	@CreditCardNumber private String number; // pii: payment-card-number
	private String cardholderName; // pii: cardholder-name
	private int cardExpMonth; // pii: card-expiry
	private int cardExpYear; // pii: card-expiry
	private String cvv; // pii: card-security-code
	private String brand;
	private String last4;
	private boolean defaultCard;
}
