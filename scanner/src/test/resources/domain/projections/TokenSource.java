package com.example.petshop;

/** A strategy with one getter: no data of anyone's. */
public interface TokenSource {
	String getToken();
	String getName();
}
