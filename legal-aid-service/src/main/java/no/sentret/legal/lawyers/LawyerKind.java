package no.sentret.legal.lawyers;

/** One of the centre's regular lawyers, or a substitute who takes a shift now and then. */
public enum LawyerKind {
    REGULAR, SUBSTITUTE
}
