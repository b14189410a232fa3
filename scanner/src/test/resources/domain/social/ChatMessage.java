package com.example.social;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
public class ChatMessage {
	@Id private Long id;
	@ManyToOne private UserProfile sender;
	@ManyToOne private UserProfile recipient;
	private String body; // pii: message-content
	private Instant sentAt;
	private boolean read;
	private String attachmentType;
}
