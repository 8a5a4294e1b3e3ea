package no.sentret.infra.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Every log line the app writes while open, message, MDC and exception included, as the console
 * would print them (the gateway's AccessLogTest idea, for every app):
 * <pre>
 * try (LogCapture logs = LogCapture.start()) {
 *     ... requests carrying a known client code ...
 *     assertEquals(List.of(), logs.linesContaining(code));
 * }
 * </pre>
 */
public final class LogCapture implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLoggerName()).append(' ');
            if (record instanceof ExtLogRecord ext) {
                ext.copyAll(); // formats the message and snapshots the MDC on the logging thread
                line.append(ext.getFormattedMessage()).append(' ').append(ext.getMdcCopy());
            } else {
                line.append(record.getMessage());
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(" | ").append(t);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
        Logger.getLogger("").addHandler(handler);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public List<String> linesContaining(String text) {
        return lines.stream().filter(l -> l.contains(text)).toList();
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }
}
