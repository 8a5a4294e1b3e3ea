package no.sentret.stats.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The id of an AdSiteWeekCounted published before counts had ids: derived from its site and ISO week,
 * exactly as migration V5 derived the ids of the rows already stored ({@code md5(site|yyyy-Www)::uuid}),
 * so a replayed old count upserts its own row.
 */
public final class LegacyAdCountIds {

    private LegacyAdCountIds() {
    }

    public static UUID of(String site, int weekYear, int week) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5")
                    .digest((site + "|" + String.format("%04d-W%02d", weekYear, week)).getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
