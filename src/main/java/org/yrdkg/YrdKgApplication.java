package org.yrdkg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class YrdKgApplication {
    public static void main(String[] args) {
        SpringApplication.run(YrdKgApplication.class, args);
    }
}
