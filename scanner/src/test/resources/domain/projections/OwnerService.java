package com.example.petshop;

import java.util.List;

public interface OwnerService {
	OwnerSummary findSummary(int id);
	List<OwnerSummary> findByLastName(String lastName);
	void rename(int id, String firstName, String lastName);
}
