package com.example.shop;

import jakarta.persistence.*;

@Entity
public class Store {
	@Id private Long id;
	private String name;
	private String address;
	private String city;
	private String openingHours;
	private double latitude;
	private double longitude;
}
