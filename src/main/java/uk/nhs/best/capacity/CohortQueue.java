package uk.nhs.best.capacity;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A waiting list as cohorts of patients by referral week (0 = the forecast's first week, earlier
 * weeks negative), served oldest first. Fractions of a patient are allowed.
 */
final class CohortQueue {

    /** Less than this is nobody: what is left of a cohort after floating-point rounding. */
    private static final double NOBODY = 1e-9;

    /** Told how many patients of a referral week were served. */
    interface Served {
        void accept(int referralWeek, double patients);
    }

    private int[] weeks = new int[64];
    private double[] patients = new double[64];
    private int head;
    private int size;
    private double total;

    /** Adds patients referred in {@code referralWeek}, behind everyone referred earlier. */
    void add(int referralWeek, double count) {
        total += count;
        int i = size - 1;
        while (i >= head && weeks[i] > referralWeek) {
            i--;
        }
        if (i >= head && weeks[i] == referralWeek) {
            patients[i] += count;
            return;
        }
        if (size == weeks.length) {
            weeks = Arrays.copyOf(weeks, size * 2);
            patients = Arrays.copyOf(patients, size * 2);
        }
        int at = i + 1;
        System.arraycopy(weeks, at, weeks, at + 1, size - at);
        System.arraycopy(patients, at, patients, at + 1, size - at);
        weeks[at] = referralWeek;
        patients[at] = count;
        size++;
    }

    /**
     * Serves up to {@code places} patients, oldest cohort first, and returns how many were served.
     * A cohort is done in {@code week} when its last patient is served, or, for a cohort of nobody,
     * when there was room to serve one more; {@code done[referralWeek]} records it for the forecast's
     * own weeks. {@code arrivedInFull} says whether a cohort can still grow (then it is not done).
     */
    double serve(double places, int week, int[] done, IntPredicate arrivedInFull, Served served) {
        double room = places;
        while (head < size) {
            int referralWeek = weeks[head];
            double taken = Math.min(patients[head], room);
            patients[head] -= taken;
            room -= taken;
            served.accept(referralWeek, taken);
            if (patients[head] > NOBODY || !arrivedInFull.test(referralWeek) || (taken <= 0 && room <= NOBODY)) {
                break;
            }
            if (referralWeek >= 0 && referralWeek < done.length) {
                done[referralWeek] = week;
            }
            head++;
        }
        double servedInAll = places - room;
        total -= servedInAll;
        return servedInAll;
    }

    double total() {
        return Math.max(0, total);
    }
}
