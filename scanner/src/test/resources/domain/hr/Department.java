package com.example.hr;

import jakarta.persistence.*;

@Entity
public class Department {
	@Id private Long id;
	private String name;
	private String costCenter;
	private String location;
	private int headcount;
}
