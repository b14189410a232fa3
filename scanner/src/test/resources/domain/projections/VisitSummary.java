package com.example.petshop;

import java.time.LocalDate;

public interface VisitSummary {
	LocalDate getDate();
	String getDescription();
	String getPetName();
	String getVetName();
}
