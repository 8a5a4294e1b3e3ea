package no.sentret.stats.facts;

import java.util.List;

/**
 * The categories of the event contract (openapi/events/README.md and the schemas beside it) that
 * the statistics count, in the order the report lists them.
 */
public final class Vocabulary {

    /** ClientRegistered's genders and age groups, in the contract's order */
    public static final List<String> GENDERS = List.of("WOMAN", "MAN", "TRANS_WOMAN", "TRANS_MAN", "NON_BINARY", "NOT_STATED");
    public static final List<String> AGE_GROUPS = List.of("UNDER_18", "18-25", "26-30", "31-35", "36-40", "41-45", "46-50",
            "51-55", "56-60", "61+");

    public static final List<String> HEALTH_CATEGORIES = List.of("STI_TEST", "TREATMENT", "CONTRACEPTION", "COUNSELLING",
            "PREP", "PEP", "VACCINATION", "REFERRAL");
    public static final List<String> VACCINES = List.of("MPOX", "HEPATITIS_A", "HEPATITIS_B", "HPV");
    public static final List<String> PREP_STAGES = List.of("ASSESSMENT", "START", "FOLLOW_UP", "STOP");

    public static final List<String> LAWYER_KINDS = List.of("REGULAR", "SUBSTITUTE");
    public static final List<String> SHIFT_STATUSES = List.of("HELD", "NOBODY_CAME", "CANCELLED");
    public static final List<String> SHIFT_CANCEL_REASONS = List.of("LAWYER_ILL", "LAWYER_UNAVAILABLE", "NO_SUBSTITUTE_FOUND",
            "CENTRE_CLOSED", "PUBLIC_HOLIDAY", "OTHER");
    public static final List<String> LEGAL_AREAS = List.of("CRIMINAL", "FAMILY", "IMMIGRATION", "HOUSING_AND_TENANCY",
            "FINANCES", "OTHER");
    public static final List<String> CRIMINAL_SUB_AREAS = List.of("SEXUAL_VIOLENCE", "THREATS", "HARASSMENT", "ROBBERY",
            "THEFT", "EXTORTION", "OTHER");
    public static final List<String> WOULD_NOT_OTHERWISE = List.of("YES", "NO", "NOT_ASKED");
    public static final List<String> CASE_OUTCOMES = List.of("RESOLVED_ON_SITE", "REFERRED");
    public static final List<String> REFERRED_TO = List.of("LEGAL_AID_OFFICE", "POLICE", "PRIVATE_LAWYER",
            "IMMIGRATION_AUTHORITY", "OTHER");

    /** the message channels: the contacts per channel of the report */
    public static final List<String> CHANNELS = List.of("WHATSAPP", "SMS", "FACEBOOK", "INSTAGRAM", "PHONE", "EMAIL", "OTHER");
    /** a street-shift contact that named a client code: a service event for unique users, not a message */
    public static final String STREET = "STREET";
    public static final List<String> CONTACT_CHANNELS = java.util.stream.Stream.concat(CHANNELS.stream(), java.util.stream.Stream.of(STREET)).toList();
    public static final List<String> ALERT_CATEGORIES = List.of("VIOLENCE", "SEXUAL_VIOLENCE", "ROBBERY", "THREATS",
            "REFUSED_TO_PAY", "CONDOM_REMOVAL", "DRUGGING", "OTHER");
    public static final List<String> DIRECTIONS = List.of("INBOUND", "OUTBOUND");
    public static final List<String> OUTREACH_TOPICS = List.of("HEALTH", "LEGAL", "VIOLENCE", "HOUSING", "ECONOMY",
            "IMMIGRATION", "CENTRE_INFORMATION", "OTHER");
    public static final List<String> DISTRICTS = List.of("SENTRUM", "GAMLE_OSLO", "GRUNERLOKKA", "SAGENE", "ST_HANSHAUGEN",
            "FROGNER", "ULLERN", "VESTRE_AKER", "NORDRE_AKER", "BJERKE", "GRORUD", "STOVNER", "ALNA", "OSTENSJO",
            "NORDSTRAND", "SONDRE_NORDSTRAND", "OUTSIDE_OSLO");
    public static final List<String> HAND_OUT_KINDS = List.of("CONDOMS", "LUBE", "INFORMATION_LEAFLETS", "OTHER");
    public static final List<String> ASSIGNMENT_KINDS = List.of("LECTURE", "COURSE", "SCHOOL_CLASS", "CASE_GUIDANCE",
            "PUBLICATION", "OTHER");
    public static final List<String> AUDIENCES = List.of("SCHOOL", "HEALTH_SERVICE", "POLICE", "CHILD_WELFARE", "STUDENTS",
            "CONFERENCE", "OTHER");

    private Vocabulary() {
    }
}
