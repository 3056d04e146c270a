package uk.nhs.best.capacity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A what-if: changes to the site's inputs that the forecast applies. {@link #BASELINE} changes
 * nothing; each {@code with...} returns a new scenario with one more change.
 *
 * @param referralsPerWeek   a fixed number of referrals a week instead of the trend, or empty
 * @param clinicianHours     changes to clinicians' weekly assessment hours, each from a date
 * @param recurring          programme streams added: a new programme every 6 weeks
 * @param removedProgrammes  ids of planned programmes that will not run
 * @param groupSize          places in every programme from now on, or empty for the planned places
 */
public record Scenario(OptionalDouble referralsPerWeek, List<ClinicianHours> clinicianHours,
                       List<RecurringProgramme> recurring, Set<Long> removedProgrammes, OptionalInt groupSize) {

    public static final Scenario BASELINE = new Scenario(OptionalDouble.empty(), List.of(), List.of(), Set.of(),
            OptionalInt.empty());

    public Scenario {
        clinicianHours = List.copyOf(clinicianHours);
        recurring = List.copyOf(recurring);
        removedProgrammes = Set.copyOf(removedProgrammes);
    }

    /**
     * From the week of {@code from}, clinician {@code clinicianId} assesses {@code weeklyHours} a
     * week; a clinician not in the inputs (a new starter) is added.
     */
    public record ClinicianHours(long clinicianId, LocalDate from, double weeklyHours) {

        public ClinicianHours {
            if (weeklyHours < 0) {
                throw new IllegalArgumentException("Weekly assessment hours cannot be negative");
            }
        }
    }

    /**
     * A new programme on {@code weekday} every 6 weeks (each starts when the last one ends), the
     * first on or after {@code from}, the last on or before {@code until} if there is one.
     */
    public record RecurringProgramme(DayOfWeek weekday, LocalDate from, Optional<LocalDate> until) {
    }

    public Scenario withReferralsPerWeek(double perWeek) {
        if (perWeek < 0) {
            throw new IllegalArgumentException("Referrals a week cannot be negative");
        }
        return new Scenario(OptionalDouble.of(perWeek), clinicianHours, recurring, removedProgrammes, groupSize);
    }

    public Scenario withClinicianHours(long clinicianId, LocalDate from, double weeklyHours) {
        List<ClinicianHours> changes = new ArrayList<>(clinicianHours);
        changes.add(new ClinicianHours(clinicianId, from, weeklyHours));
        return new Scenario(referralsPerWeek, changes, recurring, removedProgrammes, groupSize);
    }

    public Scenario withRecurringProgramme(DayOfWeek weekday, LocalDate from) {
        List<RecurringProgramme> streams = new ArrayList<>(recurring);
        streams.add(new RecurringProgramme(weekday, from, Optional.empty()));
        return new Scenario(referralsPerWeek, clinicianHours, streams, removedProgrammes, groupSize);
    }

    /** Ends the added streams on {@code weekday}: no programme of theirs starts after {@code lastDay}. */
    public Scenario withRecurringStopped(DayOfWeek weekday, LocalDate lastDay) {
        List<RecurringProgramme> streams = recurring.stream()
                .map(stream -> stream.weekday() == weekday
                        ? new RecurringProgramme(weekday, stream.from(), Optional.of(lastDay))
                        : stream)
                .toList();
        return new Scenario(referralsPerWeek, clinicianHours, streams, removedProgrammes, groupSize);
    }

    public Scenario withoutProgramme(long programmeId) {
        Set<Long> removed = new HashSet<>(removedProgrammes);
        removed.add(programmeId);
        return new Scenario(referralsPerWeek, clinicianHours, recurring, removed, groupSize);
    }

    public Scenario withGroupSize(int places) {
        return new Scenario(referralsPerWeek, clinicianHours, recurring, removedProgrammes, OptionalInt.of(places));
    }
}
