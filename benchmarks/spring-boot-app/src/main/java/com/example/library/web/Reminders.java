// SPDX-License-Identifier: Apache-2.0
package com.example.library.web;

import com.example.library.domain.Loan;
import com.example.library.domain.LoanRepository;
import java.time.LocalDate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Emails members whose loans are overdue, every morning. */
@Service
class Reminders {

    private final LoanRepository loans;
    private final JavaMailSender mail;

    Reminders(LoanRepository loans, JavaMailSender mail) {
        this.loans = loans;
        this.mail = mail;
    }

    @Scheduled(cron = "0 0 8 * * *")
    void remind() {
        for (Loan loan : loans.findByReturnedFalseAndDueOnBefore(LocalDate.now())) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setTo(loan.getMember().getEmail());
            message.setSubject("Please return " + loan.getBook().getTitle());
            message.setText("Dear " + loan.getMember().getFirstName() + ", the book was due on " + loan.getDueOn() + ".");
            mail.send(message);
        }
    }
}
