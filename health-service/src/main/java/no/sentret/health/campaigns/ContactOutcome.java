package no.sentret.health.campaigns;

public enum ContactOutcome {
    VACCINATED, DECLINED, NOT_REACHED, VACCINATED_ELSEWHERE
}
