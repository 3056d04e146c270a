package uk.nhs.best.demo;

/** A demo account as the README and the start-up banner list it. */
public record DemoLogin(String username, String role, String sites, String who) {
}
