package com.example.clinic;

import jakarta.persistence.*;
import java.time.LocalDateTime;

@Entity
public class Appointment {
	@Id private Long id;
	private LocalDateTime startsAt;
	private int durationMinutes;
	private String reason;
	private String room;
	private boolean cancelled;
}
