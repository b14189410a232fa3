package com.example.ride;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
public class Trip {
	@Id private Long id;
	@ManyToOne private Driver driver;
	private double pickupLatitude; // pii: precise-location
	private double pickupLongitude; // pii: precise-location
	private double dropoffLatitude; // pii: precise-location
	private double dropoffLongitude; // pii: precise-location
	private Instant requestedAt;
	private BigDecimal fare;
	private double distanceKm;
	private String status;
	private String paymentMethodId; // pii: payment-account
}
