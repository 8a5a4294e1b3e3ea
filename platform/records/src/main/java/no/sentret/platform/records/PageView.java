package no.sentret.platform.records;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; {@code page} counts from 0. */
@Schema(name = "Page")
public record PageView<T>(List<T> items, int page, int size, long total) {
}
