package com.example.social;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Set;

@Entity
public class UserProfile {
	@Id private Long id;
	private String username; // pii: username
	private String displayName; // pii: person-name
	private String bio;
	private String avatarUrl; // pii: profile-photo
	private String website; // pii: social-profile
	private String timezone; // pii: time-zone
	private String locale; // pii: preferred-language
	@ElementCollection private Set<String> interests; // pii: interests
	private String sexualOrientation; // pii: sexual-orientation
	private String religion; // pii: religion
	private String politicalViews; // pii: political-opinion
	private Instant lastSeenAt; // pii: app-usage
	private int followerCount;
	private boolean privateAccount;
	private String theme;
}
