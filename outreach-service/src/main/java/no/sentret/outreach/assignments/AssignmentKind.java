package no.sentret.outreach.assignments;

public enum AssignmentKind {
    LECTURE, COURSE, SCHOOL_CLASS, CASE_GUIDANCE, PUBLICATION, OTHER
}
