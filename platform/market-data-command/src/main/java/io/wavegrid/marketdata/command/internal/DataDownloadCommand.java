package io.wavegrid.marketdata.command.internal;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.DownloadResult;
import io.wavegrid.marketdata.HistoryDownload;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

@Service
@Command(scope = "wavegrid", name = "data-download",
        description = "Downloads candle history from an exchange into the store; run again to resume after an interruption")
public class DataDownloadCommand implements Action {

    @Reference
    HistoryDownload downloads;

    @Reference
    Session session;

    @Argument(index = 0, name = "exchange", required = true, description = "Exchange, e.g. binance")
    String exchange;

    @Argument(index = 1, name = "symbol", required = true, description = "Symbol, e.g. BTCUSDT")
    String symbol;

    @Argument(index = 2, name = "timeframe", required = true, description = "Timeframe, e.g. 1m")
    String timeframe;

    @Argument(index = 3, name = "from", required = true, description = "Start: 2024-01-01, an ISO instant or Unix ms")
    String from;

    @Argument(index = 4, name = "to", required = false, description = "End, exclusive (default now)")
    String to = "now";

    @Override
    public Object execute() throws Exception {
        int[] lastPercent = {-1};
        DownloadResult result = downloads.download(exchange, Symbol.parse(symbol), Timeframe.parse(timeframe),
                TimeArgument.parse("from", from), TimeArgument.parse("to", to), (done, total, stored) -> {
                    int percent = (int) (100 * done / Math.max(1, total));
                    if (percent != lastPercent[0]) {
                        lastPercent[0] = percent;
                        session.getConsole().printf("\r%3d%%  %d candles stored", percent, stored);
                        session.getConsole().flush();
                    }
                });
        session.getConsole().printf("%ndone: %d stored, %d rejected, %d already stored before, %d gap(s) left%n",
                result.stored(), result.rejected(), result.alreadyHad(), result.missingAfter());
        return null;
    }
}
