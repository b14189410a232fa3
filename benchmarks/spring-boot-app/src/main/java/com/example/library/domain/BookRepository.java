// SPDX-License-Identifier: Apache-2.0
package com.example.library.domain;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BookRepository extends JpaRepository<Book, Long> {

    @Cacheable("books")
    Book findByIsbn(String isbn);
}
