package com.example.ride;

import jakarta.persistence.*;

@Entity
public class Vehicle {
	@Id private Long id;
	private String make;
	private String model;
	private int year;
	private String color;
	private int seats;
	private String vin; // pii: vehicle-registration
}
