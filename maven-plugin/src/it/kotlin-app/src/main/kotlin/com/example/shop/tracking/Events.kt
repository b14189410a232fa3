// SPDX-License-Identifier: Apache-2.0
package com.example.shop.tracking

import com.segment.analytics.Analytics
import com.segment.analytics.messages.TrackMessage

/** Sends one event; inlined into each caller. */
inline fun Analytics.event(name: String, userId: String, properties: () -> Map<String, Any>) {
    val values = properties()
    enqueue(TrackMessage.builder(name).userId(userId).properties(values))
}
