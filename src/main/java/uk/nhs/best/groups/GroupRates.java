package uk.nhs.best.groups;

/**
 * A site's group figures over a period.
 *
 * @param attended     current marks "attended" at sessions in the period
 * @param didNotAttend current marks "did not attend"
 * @param completed    patients of programmes completed in the period who completed
 * @param notCompleted those who did not
 */
public record GroupRates(int attended, int didNotAttend, int completed, int notCompleted) {

    /** Share of expected attendances missed without notice, or null with nothing recorded. */
    public Double dnaRate() {
        return attended + didNotAttend == 0 ? null : (double) didNotAttend / (attended + didNotAttend);
    }

    public Double completionRate() {
        return completed + notCompleted == 0 ? null : (double) completed / (completed + notCompleted);
    }
}
