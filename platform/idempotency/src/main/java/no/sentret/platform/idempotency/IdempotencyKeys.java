package no.sentret.platform.idempotency;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The {@code idempotency_key} table. Every statement runs on its own autocommitted connection, outside the request's
 * transaction: a claim must be visible to a concurrent retry before the write it guards has committed, and the answer
 * is kept after that write committed.
 */
@ApplicationScoped
class IdempotencyKeys {

    private final AgroalDataSource dataSource;
    private final IdempotencyConfig config;

    IdempotencyKeys(AgroalDataSource dataSource, IdempotencyConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    Claim claim(String caller, String key, String fingerprint) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Instant now = Instant.now();
            // an expired key, or a claim whose attempt died with its process, no longer holds the key
            try (PreparedStatement forget = c.prepareStatement("""
                    delete from idempotency_key where caller = ? and key = ?
                       and (claimed_at < ? or (status is null and claimed_at < ?))""")) {
                forget.setString(1, caller);
                forget.setString(2, key);
                forget.setTimestamp(3, Timestamp.from(now.minus(config.retention())));
                forget.setTimestamp(4, Timestamp.from(now.minus(config.abandonedAfter())));
                forget.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into idempotency_key (caller, key, fingerprint) values (?, ?, ?) on conflict do nothing""")) {
                insert.setString(1, caller);
                insert.setString(2, key);
                insert.setString(3, fingerprint);
                if (insert.executeUpdate() == 1) {
                    return new Claim.New(caller, key);
                }
            }
            try (PreparedStatement select = c.prepareStatement("""
                    select fingerprint, status, content_type, location, body from idempotency_key
                     where caller = ? and key = ?""")) {
                select.setString(1, caller);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return claim(caller, key, fingerprint); // purged between the two statements
                    }
                    if (!row.getString(1).equals(fingerprint)) {
                        return new Claim.Mismatch();
                    }
                    int status = row.getInt(2);
                    if (row.wasNull()) {
                        return new Claim.InProgress();
                    }
                    return status == WrittenMark.WRITTEN ? new Claim.WrittenAnswerLost()
                            : new Claim.Answered(new StoredResponse(status, row.getString(3), row.getString(4), row.getString(5)));
                }
            }
        }
    }

    void answer(Claim.New claim, StoredResponse response) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("""
                     update idempotency_key set status = ?, content_type = ?, location = ?, body = ?
                      where caller = ? and key = ?""")) {
            update.setInt(1, response.status());
            update.setString(2, response.contentType());
            update.setString(3, response.location());
            update.setString(4, response.body());
            update.setString(5, claim.caller());
            update.setString(6, claim.key());
            update.executeUpdate();
        }
    }

    /**
     * The attempt failed in a way a retry may cure (a 5xx, an authentication problem): the key is free again,
     * unless its write committed all the same ({@link WrittenMark}): a retry must not write it twice.
     */
    void release(Claim.New claim) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement(
                     "delete from idempotency_key where caller = ? and key = ? and status is null")) {
            delete.setString(1, claim.caller());
            delete.setString(2, claim.key());
            delete.executeUpdate();
        }
    }

    int purgeExpired() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("delete from idempotency_key where claimed_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(Instant.now().minus(config.retention())));
            return delete.executeUpdate();
        }
    }
}
