// SPDX-License-Identifier: Apache-2.0
package com.example.shop.domain

/** A customer of the shop. */
data class Customer(val id: Long, val name: String, val email: String, val phone: String)

/** Where customers are kept: a database in the real shop. */
interface CustomerDirectory {
    suspend fun find(id: Long): Customer
}
