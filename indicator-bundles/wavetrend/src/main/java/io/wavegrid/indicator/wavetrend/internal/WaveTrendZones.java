package io.wavegrid.indicator.wavetrend.internal;

/** Overbought and oversold levels; level 1 is the extreme one. */
record WaveTrendZones(double overbought1, double overbought2, double oversold1, double oversold2) {

    WaveTrendZones {
        if (!(oversold1 <= oversold2 && oversold2 < overbought2 && overbought2 <= overbought1)) {
            throw new IllegalArgumentException("WaveTrend levels must satisfy oversold1 <= oversold2 < overbought2 <= overbought1: "
                    + oversold1 + ", " + oversold2 + ", " + overbought2 + ", " + overbought1);
        }
    }

    /** +1 deep oversold, +0.6 oversold, −0.6 overbought, −1 deep overbought, 0 in between. */
    double reversalLean(double wt1) {
        if (wt1 <= oversold1) {
            return 1;
        }
        if (wt1 <= oversold2) {
            return 0.6;
        }
        if (wt1 >= overbought1) {
            return -1;
        }
        return wt1 >= overbought2 ? -0.6 : 0;
    }
}
