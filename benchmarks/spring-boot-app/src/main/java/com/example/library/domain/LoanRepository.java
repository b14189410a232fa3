// SPDX-License-Identifier: Apache-2.0
package com.example.library.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LoanRepository extends JpaRepository<Loan, Long> {

    List<Loan> findByReturnedFalseAndDueOnBefore(LocalDate day);
}
