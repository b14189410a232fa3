// SPDX-License-Identifier: Apache-2.0
package com.example.shop.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Repository;

/** Stores customers and orders with JPA. */
@Repository
public class Shop {

    @PersistenceContext
    private EntityManager entities;

    public Customer save(Customer customer) {
        entities.persist(customer);
        return customer;
    }

    public Customer customer(long id) {
        return entities.find(Customer.class, id);
    }

    public Product product(long id) {
        return entities.find(Product.class, id);
    }

    public PurchaseOrder place(PurchaseOrder order) {
        entities.persist(order);
        return order;
    }
}
