package com.example.shop;

public class EmailTemplate {
	private String subject;
	private String body;
	private String emailType;
	private int maxRecipients;
}
