package io.wavegrid.console.internal;

import io.wavegrid.signal.api.SignalLifecycle;
import io.wavegrid.signal.api.TradingSignal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "wavegrid", name = "signals", description = "Lists the pending and active trading signals, or shows one with its reasoning")
public class SignalsCommand implements Action {

    @Reference
    private SignalLifecycle signals;

    @Argument(name = "id", description = "Show this signal in full, with each category's reasoning")
    private String id;

    @Override
    public Object execute() {
        if (id == null) {
            SignalTable.print(signals.open());
            return null;
        }
        TradingSignal s = signals.find(id).orElse(null);
        if (s == null) {
            System.out.println("No signal with id '" + id + "'.");
            return null;
        }
        SignalTable.print(java.util.List.of(s));
        s.reasoning().forEach((category, text) -> System.out.println("  " + category.key() + ": " + text));
        return null;
    }
}
