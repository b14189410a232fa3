package com.example.shop;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
public class Product {
	@Id private Long id;
	private String sku;
	private String name;
	private String title;
	private String description;
	private BigDecimal price;
	private double weight;
	private double height;
	private String imageUrl;
	private String serialNumber;
	private String category;
	private int stock;
	private boolean active;
}
