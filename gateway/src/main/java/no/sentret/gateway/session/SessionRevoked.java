package no.sentret.gateway.session;

/** A session ended at this replica (its logout or Keycloak's back-channel call): {@code sid}, at {@code at} (epoch seconds). */
public record SessionRevoked(String sid, long at) {
}
