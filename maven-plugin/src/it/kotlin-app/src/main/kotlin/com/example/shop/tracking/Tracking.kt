// SPDX-License-Identifier: Apache-2.0
package com.example.shop.tracking

import com.example.shop.domain.Customer
import com.example.shop.domain.CustomerDirectory
import com.example.shop.privacy.DataItem
import com.example.shop.privacy.PersonalData
import com.example.shop.privacy.Purpose
import com.segment.analytics.Analytics
import com.segment.analytics.messages.IdentifyMessage
import java.util.concurrent.Executor

/** What the shop tells Segment. */
class Tracking(private val analytics: Analytics, private val directory: CustomerDirectory) {

    @PersonalData(purpose = [Purpose.ANALYTICS], data = [DataItem.EMAIL])
    fun signedUp(customer: Customer) {
        val (id, _, email) = customer
        analytics.enqueue(IdentifyMessage.builder().userId(id.toString()).traits(mapOf("email" to email)))
    }

    @PersonalData(purpose = [Purpose.ANALYTICS], data = [DataItem.EMAIL])
    fun newsletter(customers: List<Customer>): Sequence<Long> = sequence {
        for (customer in customers) {
            analytics.event("Newsletter Sent", customer.id.toString()) { mapOf("email" to customer.email) }
            yield(customer.id)
        }
    }

    @PersonalData(purpose = [Purpose.ANALYTICS], data = [DataItem.EMAIL])
    suspend fun synced(id: Long) {
        val customer = directory.find(id)
        analytics.enqueue(IdentifyMessage.builder().userId(id.toString()).traits(mapOf("email" to customer.email)))
    }

    @PersonalData(purpose = [Purpose.ANALYTICS], data = [DataItem.EMAIL])
    fun later(customers: List<Customer>, executor: Executor) {
        customers.forEach { customer ->
            executor.execute { analytics.event("Reminder Sent", customer.id.toString()) { mapOf("email" to customer.email) } }
        }
    }
}
