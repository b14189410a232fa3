package com.example.hr;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
public class PerformanceReview {
	@Id private Long id;
	@ManyToOne private Employee employee;
	private int performanceRating; // pii: performance-review
	private String comments;
	private LocalDate reviewedOn;
	private String reviewCycle;
}
