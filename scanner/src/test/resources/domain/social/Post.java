package com.example.social;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
public class Post {
	@Id private Long id;
	private String content; // pii: message-content
	private Instant publishedAt;
	private int likes;
	private String visibility;
	private String language;
}
