// SPDX-License-Identifier: Apache-2.0
package com.example.library.web;

import com.example.library.domain.BookRepository;
import com.example.library.domain.Loan;
import com.example.library.domain.LoanRepository;
import com.example.library.domain.MemberRepository;
import com.segment.analytics.Analytics;
import com.segment.analytics.messages.TrackMessage;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LoanController {

    private static final Logger log = LoggerFactory.getLogger(LoanController.class);

    private final MemberRepository members;
    private final BookRepository books;
    private final LoanRepository loans;
    private final Analytics analytics;

    LoanController(MemberRepository members, BookRepository books, LoanRepository loans, Analytics analytics) {
        this.members = members;
        this.books = books;
        this.loans = loans;
        this.analytics = analytics;
    }

    @PostMapping("/members/{member}/loans/{isbn}")
    long borrow(@PathVariable long member, @PathVariable String isbn) {
        Loan loan = loans.save(new Loan(members.findById(member).orElseThrow(), books.findByIsbn(isbn), LocalDate.now()));
        log.info("loan {} of {}", loan.getId(), isbn);
        analytics.enqueue(TrackMessage.builder("Book Borrowed")
                .userId(String.valueOf(member))
                .properties(Map.of("isbn", isbn)));
        return loan.getId();
    }

    @PostMapping("/loans/{id}/return")
    void giveBack(@PathVariable long id) {
        Loan loan = loans.findById(id).orElseThrow();
        loan.markReturned();
        loans.save(loan);
    }
}
