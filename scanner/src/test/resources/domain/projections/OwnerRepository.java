package com.example.petshop;

import java.util.List;

public interface OwnerRepository {
	List<OwnerSummary> findByCity(String city);
	String getTelephone();
}
