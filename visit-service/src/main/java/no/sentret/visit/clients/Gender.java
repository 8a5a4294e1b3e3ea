package no.sentret.visit.clients;

public enum Gender {
    WOMAN, MAN, TRANS_WOMAN, TRANS_MAN, NON_BINARY, NOT_STATED
}
