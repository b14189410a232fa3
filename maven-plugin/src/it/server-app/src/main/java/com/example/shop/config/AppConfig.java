// SPDX-License-Identifier: Apache-2.0
package com.example.shop.config;

import com.segment.analytics.Analytics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

@Configuration
@EnableWebMvc
@ComponentScan("com.example.shop")
public class AppConfig {

    @Bean
    Analytics analytics(@Value("${segment.write-key}") String writeKey) {
        return Analytics.builder(writeKey).build();
    }
}
