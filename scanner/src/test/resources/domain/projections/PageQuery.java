package com.example.petshop;

public record PageQuery(
		int page,
		int size,
		String sort) {
}
