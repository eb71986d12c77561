package io.responseledger.search;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Everything logged while it is open, from every logger, with this service's loggers turned up to DEBUG so
 * that the quiet lines are checked too. Each entry is the formatted message followed by any stack trace.
 */
public final class CapturedLogs implements AutoCloseable {

    private static final String SERVICE_LOGGER = "io.responseledger.search";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final Logger service = (Logger) LoggerFactory.getLogger(SERVICE_LOGGER);
    private final Level serviceLevel = service.getLevel();

    public CapturedLogs() {
        appender.start();
        root.addAppender(appender);
        service.setLevel(Level.DEBUG);
    }

    public List<String> lines() {
        // AppenderBase.doAppend holds the appender's own lock while it adds to the list.
        synchronized (appender) {
            return appender.list.stream()
                    .map(e -> e.getLoggerName() + " " + e.getFormattedMessage()
                            + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
                    .toList();
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        service.setLevel(serviceLevel);
        appender.stop();
    }
}
