package com.example.ride;

import jakarta.persistence.*;

@Entity
public class Driver {
	@Id private Long id;
	private String name; // pii: person-name
	private String phone; // pii: phone-number
	private String drivingLicenseNumber; // pii: driving-licence
	private String licensePlate; // pii: vehicle-registration
	private double rating;
	private double latitude; // pii: precise-location
	private double longitude; // pii: precise-location
	private byte[] photo; // pii: profile-photo
	private boolean available;
	private String vehicleModel;
}
