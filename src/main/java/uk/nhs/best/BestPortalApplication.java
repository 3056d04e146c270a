package uk.nhs.best;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BestPortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(BestPortalApplication.class, args);
    }
}
