package io.wavegrid.console.internal;

import org.apache.karaf.shell.support.ShellUtil;

/** Who runs a command, for the audit log: the logged-in console user. */
final class Actors {

    private Actors() {
    }

    static String current() {
        String user = ShellUtil.getCurrentUserName();
        return user == null || user.isBlank() ? "console" : "console:" + user;
    }
}
