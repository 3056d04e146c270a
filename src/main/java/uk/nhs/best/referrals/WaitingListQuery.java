package uk.nhs.best.referrals;

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
}
