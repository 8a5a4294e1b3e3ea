package no.sentret.outreach.common;

/** Descriptions this service's resources share beside the kit's ProblemDocs. */
public final class ApiDocs {

    public static final String PERSONAL_DATA = " A phone number, e-mail address, national ID number, social-media handle "
            + "(\"@name\") or profile/chat link (\"wa.me/...\") in any text field is refused with a 400 naming the field.";

    private ApiDocs() {
    }
}
