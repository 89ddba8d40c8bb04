package io.wavegrid.console.internal;

import io.wavegrid.signal.api.SignalLifecycle;
import io.wavegrid.signal.api.SignalStatus;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "wavegrid", name = "signal-cancel", description = "Cancels a pending or active signal; its entry order is withdrawn")
public class SignalCancelCommand implements Action {

    @Reference
    private SignalLifecycle signals;

    @Argument(index = 0, name = "id", required = true, description = "Signal id")
    private String id;

    @Argument(index = 1, name = "reason", required = true, multiValued = true, description = "Why (recorded with the signal)")
    private java.util.List<String> reason;

    @Override
    public Object execute() {
        try {
            signals.transition(id, SignalStatus.CANCELLED, String.join(" ", reason));
            System.out.println("Signal " + id + " cancelled.");
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.out.println("Not cancelled: " + e.getMessage());
        }
        return null;
    }
}
