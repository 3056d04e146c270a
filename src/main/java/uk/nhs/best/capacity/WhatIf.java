package uk.nhs.best.capacity;

/** The baseline forecast and a what-if's, over the same weeks, for showing side by side. */
public record WhatIf(Forecast baseline, Scenario scenario, Forecast forecast) {
}
