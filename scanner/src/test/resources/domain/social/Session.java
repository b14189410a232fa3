package com.example.social;

import java.time.Instant;

public class Session {
	private String sessionToken; // pii: session-id
	private String userId; // pii: account-id
	private String ipAddress; // pii: ip-address
	private String userAgent; // pii: http-headers
	private Instant expiresAt;
	private String refreshToken; // pii: credentials
	private boolean mfaPassed;
}
