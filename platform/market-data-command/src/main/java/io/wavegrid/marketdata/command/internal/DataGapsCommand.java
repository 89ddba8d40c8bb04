package io.wavegrid.marketdata.command.internal;

import java.util.List;

import io.wavegrid.market.api.CandleStore;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.TimeRange;
import io.wavegrid.market.api.Timeframe;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "wavegrid", name = "data-gaps", description = "Lists the spans where stored candles are missing")
public class DataGapsCommand implements Action {

    @Reference
    CandleStore store;

    @Reference
    Session session;

    @Argument(index = 0, name = "symbol", required = true, description = "Symbol, e.g. BTCUSDT")
    String symbol;

    @Argument(index = 1, name = "timeframe", required = true, description = "Timeframe, e.g. 1h")
    String timeframe;

    @Argument(index = 2, name = "from", required = true, description = "Start: 2024-01-01, an ISO instant or Unix ms")
    String from;

    @Argument(index = 3, name = "to", required = false, description = "End, exclusive (default now)")
    String to = "now";

    @Override
    public Object execute() {
        Timeframe tf = Timeframe.parse(timeframe);
        List<TimeRange> gaps = store.gaps(Symbol.parse(symbol), tf, TimeArgument.parse("from", from), TimeArgument.parse("to", to));
        ShellTable table = new ShellTable();
        table.column("from");
        table.column("to (exclusive)");
        table.column("missing bars").alignRight();
        long missing = 0;
        for (TimeRange gap : gaps) {
            long bars = (gap.to() - gap.from()) / tf.millis();
            missing += bars;
            table.addRow().addContent(TimeArgument.format(gap.from()), TimeArgument.format(gap.to()), bars);
        }
        table.print(session.getConsole());
        session.getConsole().printf("%d gap(s), %d missing bar(s)%n", gaps.size(), missing);
        return null;
    }
}
