// SPDX-License-Identifier: Apache-2.0
package com.example.library.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

@Entity
public class Loan {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Member member;

    @ManyToOne(optional = false)
    private Book book;

    private LocalDate borrowedOn;
    private LocalDate dueOn;
    private boolean returned;

    protected Loan() {}

    public Loan(Member member, Book book, LocalDate borrowedOn) {
        this.member = member;
        this.book = book;
        this.borrowedOn = borrowedOn;
        this.dueOn = borrowedOn.plusWeeks(3);
    }

    public Long getId() {
        return id;
    }

    public Member getMember() {
        return member;
    }

    public Book getBook() {
        return book;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isReturned() {
        return returned;
    }

    public void markReturned() {
        this.returned = true;
    }
}
