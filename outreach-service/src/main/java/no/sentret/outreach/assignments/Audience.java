package no.sentret.outreach.assignments;

public enum Audience {
    SCHOOL, HEALTH_SERVICE, POLICE, CHILD_WELFARE, STUDENTS, CONFERENCE, OTHER
}
