package com.example.shop;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
public class OrderLine {
	@Id private Long id;
	@ManyToOne private Product product;
	private int quantity;
	private BigDecimal unitPrice;
}
