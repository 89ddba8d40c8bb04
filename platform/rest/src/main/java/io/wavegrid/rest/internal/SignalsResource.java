package io.wavegrid.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.SignalLifecycle;
import io.wavegrid.signal.api.SignalStatus;

import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/** Trading signals: the open ones, one by id, an on-demand scan, and an operator's cancel. */
@Path("signals")
@Produces(MediaType.APPLICATION_JSON)
public class SignalsResource {

    private final SignalLifecycle signals;

    SignalsResource(SignalLifecycle signals) {
        this.signals = signals;
    }

    /** Signals that are pending or active, newest first. */
    @GET
    public List<SignalView> open() {
        return signals.open().stream().map(SignalView::of).toList();
    }

    @GET
    @Path("{id}")
    public SignalView one(@PathParam("id") String id) {
        return signals.find(id).map(SignalView::of)
                .orElseThrow(() -> new NotFoundException("no signal with id '" + id + "'"));
    }

    /**
     * The current setup of every profile on the series asked for, ranked by confidence.
     *
     * @param symbols    comma-separated, e.g. {@code BTCUSDT,ETH/USDT}; empty for all
     * @param timeframes comma-separated, e.g. {@code 1h,4h}; empty for all
     */
    @GET
    @Path("scan")
    public List<SignalView> scan(@QueryParam("symbols") String symbols, @QueryParam("timeframes") String timeframes) {
        return signals.scan(parse(symbols, Symbol::parse), parse(timeframes, Timeframe::parse)).stream()
                .map(SignalView::of).toList();
    }

    /** Cancels a pending or active signal; the execution side withdraws its entry order. */
    @POST
    @Path("{id}/cancel")
    public SignalView cancel(@PathParam("id") String id, @QueryParam("reason") String reason) {
        if (signals.find(id).isEmpty()) {
            throw new NotFoundException("no signal with id '" + id + "'");
        }
        String why = reason == null || reason.isBlank() ? "cancelled by an operator" : reason;
        return SignalView.of(signals.transition(id, SignalStatus.CANCELLED, why));
    }

    private static <T> List<T> parse(String csv, Function<String, T> parser) {
        List<T> values = new ArrayList<>();
        if (csv != null) {
            for (String item : Arrays.asList(csv.split(","))) {
                if (!item.isBlank()) {
                    values.add(parser.apply(item.trim()));
                }
            }
        }
        return values;
    }
}
