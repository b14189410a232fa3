package com.example.petshop;

/** Behaviour, not data: an interface with methods other than getters holds no domain data. */
public interface Notifier {
	String getEmail();
	String getPhone();
	void send(String text);
}
