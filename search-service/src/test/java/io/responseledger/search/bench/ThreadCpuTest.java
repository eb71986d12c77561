package io.responseledger.search.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@EnabledOnOs(OS.LINUX)
class ThreadCpuTest {

    private final ThreadCpu thisJvm = ThreadCpu.of(List.of(ProcessHandle.current().pid()));

    @Test
    void countsTheCompilersOfARunningJvm() {
        assertThat(thisJvm).isNotNull();
        // This JVM has compiled its way through JUnit and AssertJ by now: its compilers have run.
        assertThat(thisJvm.seconds(ThreadCpu.JIT_COMPILERS)).isPositive();
    }

    @Test
    void countsTheThreadsNamedAndNoOthers() throws InterruptedException {
        double[] seen = new double[2];
        Thread busy = new Thread(() -> {
            spinFor(300_000_000L);
            // Read while the thread is alive: a finished thread leaves /proc/<pid>/task.
            seen[0] = thisJvm.seconds(name -> name.equals("bench-measured"));
            seen[1] = thisJvm.seconds(name -> name.equals("no-such-thread"));
        }, "bench-measured");
        busy.start();
        busy.join();

        assertThat(seen[0]).isGreaterThanOrEqualTo(0.25); // 0.3 s, less at most a few 10 ms ticks
        assertThat(seen[1]).isZero();
    }

    @Test
    void processesThatCannotBeReadAreLeftOut() {
        assertThat(ThreadCpu.of(List.of(Long.MAX_VALUE))).isNull();
        assertThat(ThreadCpu.of(List.of())).isNull();
    }

    /** Works until this thread has used {@code cpuNanos} of CPU, however busy the machine is. */
    private static void spinFor(long cpuNanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + cpuNanos;
        long sum = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            sum += Long.toString(sum).length();
        }
        if (sum == 42) {
            System.out.println(sum);
        }
    }
}
