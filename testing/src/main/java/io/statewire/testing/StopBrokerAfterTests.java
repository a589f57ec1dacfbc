package io.statewire.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the in-process test broker when the JUnit launcher session of the test JVM ends. */
public class StopBrokerAfterTests implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        KafkaBroker.stopInProcess();
    }
}
