package com.example.petshop;

/** What a request knows of who is signed in. */
public interface CurrentUser {
	String getUsername(); // pii: username
	String getIpAddress(); // pii: ip-address
	boolean isAdmin();
}
