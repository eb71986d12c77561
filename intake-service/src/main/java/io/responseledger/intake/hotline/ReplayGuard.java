package io.responseledger.intake.hotline;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signatures this instance has accepted within the timestamp window. A signature is forgotten once its
 * timestamp has left the window, because from then on the window check refuses it anyway. Bounded: when full of
 * signatures that are all still in the window it refuses new ones rather than forget one (which would let that
 * one be replayed).
 */
class ReplayGuard {

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private final int capacity;
    private final Clock clock;

    ReplayGuard(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    /**
     * Remembers {@code signature} until {@code forgetAfter}.
     *
     * @return false when it was already remembered: a replay
     * @throws HotlineUnavailableException when the memory is full
     */
    boolean claim(String signature, Instant forgetAfter) {
        if (seen.containsKey(signature)) {
            return false;
        }
        if (seen.size() >= capacity) {
            forgetExpired();
            if (seen.size() >= capacity) {
                throw new HotlineUnavailableException("热线消息过多，暂时无法受理，请稍后重新发送", 60L);
            }
        }
        return seen.putIfAbsent(signature, forgetAfter) == null;
    }

    /** Forgets a signature whose message was not accepted after all, so the platform may send it again. */
    void release(String signature) {
        seen.remove(signature);
    }

    int size() {
        return seen.size();
    }

    private synchronized void forgetExpired() {
        Instant now = clock.instant();
        seen.values().removeIf(forgetAfter -> forgetAfter.isBefore(now));
    }
}
