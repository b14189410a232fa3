package com.example.shop;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "orders")
public class Order {
	@Id private Long id;
	private String orderNumber;
	private Instant placedAt;
	private BigDecimal total;
	private String currency;
	private String status;
	@ManyToOne private Customer customer;
	private String shippingAddress; // pii: postal-address
	private String shippingZip; // pii: postal-code
	private String couponCode;
	private String trackingNumber;
	private String carrier;
	@OneToMany private List<OrderLine> lines;
}
