package io.wavegrid.itests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Runs a console command as an operator logged in with the admin role would, and returns what it printed. */
public final class Console {

    private Console() {
    }

    public static String execute(SessionFactory sessions, String command) throws Exception {
        Subject operator = new Subject();
        operator.getPrincipals().add(new UserPrincipal("itest"));
        operator.getPrincipals().add(new RolePrincipal("admin"));
        operator.getPrincipals().add(new RolePrincipal("manager"));
        operator.getPrincipals().add(new RolePrincipal("viewer"));
        try {
            return Subject.doAs(operator, (PrivilegedExceptionAction<String>) () -> run(sessions, command));
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    private static String run(SessionFactory sessions, String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessions.create(System.in, print, print);
        try {
            Object result = session.execute(command);
            if (result != null) {
                print.println(result);
            }
        } finally {
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
