package io.responseledger.search.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time of other processes' threads, by thread name, read from {@code /proc/<pid>/task} (Linux). The query
 * benchmark uses it twice. It warms up until the JIT compilers of the service and of Elasticsearch go quiet:
 * a method called once per request reaches C2 only after about 5,000 requests (Tier4InvocationThreshold), and on
 * two cores the compiler's work while measuring is taken from the very requests being timed. And it reports
 * the service's own CPU per search by kind of thread, which is what the service's overhead is made of.
 */
final class ThreadCpu {

    /** HotSpot's compiler threads; the kernel keeps the first 15 characters of a thread's name. */
    static final Predicate<String> JIT_COMPILERS =
            name -> name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
    /** Netty's event loops: the HTTP server, routing, filters, security and the controller. */
    static final Predicate<String> EVENT_LOOPS = name -> name.startsWith("default-eventLo");
    /** The Elasticsearch client's I/O threads: they decode the answer and go on to encode the page. */
    static final Predicate<String> ELASTICSEARCH_CLIENT = name -> name.startsWith("I/O dispatcher");

    /** Linux reports thread times in clock ticks of 1/100 s (USER_HZ, fixed at 100 on x86 and arm64). */
    private static final double SECONDS_PER_TICK = 0.01;

    private final List<Long> pids;

    private ThreadCpu(List<Long> pids) {
        this.pids = pids;
    }

    /** @return null when none of the processes can be read (not Linux, or gone) */
    static ThreadCpu of(List<Long> pids) {
        List<Long> readable = pids.stream().filter(pid -> Files.isDirectory(taskDirectory(pid))).toList();
        return readable.isEmpty() ? null : new ThreadCpu(readable);
    }

    /** CPU seconds so far (user and system) of the threads whose name matches, summed over the processes. */
    double seconds(Predicate<String> threadName) {
        long ticks = 0;
        for (long pid : pids) {
            try (Stream<Path> tasks = Files.list(taskDirectory(pid))) {
                ticks += tasks.mapToLong(task -> ticks(task, threadName)).sum();
            } catch (IOException e) {
                // The process ended; it no longer competes for the CPU.
            }
        }
        return ticks * SECONDS_PER_TICK;
    }

    private static long ticks(Path task, Predicate<String> threadName) {
        try {
            if (!threadName.test(Files.readString(task.resolve("comm")).trim())) {
                return 0;
            }
            // The name in stat is in parentheses and may hold spaces; the fields after it are fixed.
            String stat = Files.readString(task.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        } catch (IOException | RuntimeException e) {
            return 0; // the thread ended between listing and reading
        }
    }

    private static Path taskDirectory(long pid) {
        return Path.of("/proc", Long.toString(pid), "task");
    }
}
