package io.wavegrid.execution.internal;

import java.time.Duration;

/** Waits between retries; tests substitute one that records the waits instead of sleeping. */
@FunctionalInterface
interface Pause {

    Pause SLEEP = duration -> Thread.sleep(Math.max(1, duration.toMillis()));

    void pause(Duration duration) throws InterruptedException;
}
