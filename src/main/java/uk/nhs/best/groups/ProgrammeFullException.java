package uk.nhs.best.groups;

import uk.nhs.best.common.RefusedException;

/** The last place went to someone else: the patient can go on the programme's waiting list. */
public class ProgrammeFullException extends RefusedException {

    public ProgrammeFullException(String message) {
        super(message);
    }
}
