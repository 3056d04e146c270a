package uk.nhs.best.referrals;

import java.util.Locale;

/**
 * What a waiting-list grid asks for.
 *
 * @param text    part of a name or an NHS number, or blank
 * @param target  only patients in this state against the target, or null for all
 * @param stage   only this stage of the list, or null for all
 * @param sort    the order
 */
public record WaitingListQuery(WaitingList list, String text, TargetStatus target, PathwayStage stage,
                               Sort sort) {

    public enum Sort {
        LONGEST_WAITING, SHORTEST_WAITING, NAME_A_TO_Z, NAME_Z_TO_A
    }

    public static WaitingListQuery of(WaitingList list) {
        return new WaitingListQuery(list, null, null, null, Sort.LONGEST_WAITING);
    }

    public WaitingListQuery withText(String newText) {
        return new WaitingListQuery(list, newText, target, stage, sort);
    }

    public WaitingListQuery withTarget(TargetStatus newTarget) {
        return new WaitingListQuery(list, text, newTarget, stage, sort);
    }

    public WaitingListQuery withStage(PathwayStage newStage) {
        return new WaitingListQuery(list, text, target, newStage, sort);
    }

    public WaitingListQuery withSort(Sort newSort) {
        return new WaitingListQuery(list, text, target, stage, newSort);
    }

    /**
     * The waiting-list page opened at a list, and at a target state when not null, e.g.
     * {@code sites/bedford/waiting-lists?list=awaiting-group&target=breached}.
     */
    public static String link(String siteCode, WaitingList list, TargetStatus target) {
        return "sites/" + siteCode + "/waiting-lists?list=" + linkName(list)
                + (target == null ? "" : "&target=" + linkName(target));
    }

    /** How a link names an enum value: lower case with hyphens, e.g. {@code due-soon}. */
    public static String linkName(Enum<?> value) {
        return value.name().toLowerCase(Locale.UK).replace('_', '-');
    }
}
