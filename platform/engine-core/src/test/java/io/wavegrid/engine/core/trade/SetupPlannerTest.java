package io.wavegrid.engine.core.trade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import io.wavegrid.analysis.api.LevelKind;
import io.wavegrid.analysis.api.PriceLevel;
import io.wavegrid.signal.api.Direction;

import org.junit.jupiter.api.Test;

class SetupPlannerTest {

    private static PriceLevel level(double price, LevelKind kind) {
        return new PriceLevel(price, kind, kind.name(), 0.5, 2, 0, 0);
    }

    @Test
    void withoutLevelsTheStopIsAtrsAwayAndTargetsAreRewardToRiskMultiples() {
        SetupPlanner.Plan plan = SetupPlanner.plan(Direction.LONG, 100, 2, 1.5, List.of());
        assertEquals(100, plan.entry());
        assertEquals(97, plan.stop(), 1e-9);
        assertArrayEquals(new double[] {104.5, 107.5}, plan.targets(), 1e-9);

        SetupPlanner.Plan shortPlan = SetupPlanner.plan(Direction.SHORT, 100, 2, 1.5, List.of());
        assertEquals(103, shortPlan.stop(), 1e-9);
        assertArrayEquals(new double[] {95.5, 92.5}, shortPlan.targets(), 1e-9);
    }

    @Test
    void theNearestProtectingLevelBelowALongSetsTheStopJustBeyondIt() {
        List<PriceLevel> levels = List.of(level(98, LevelKind.SUPPORT), level(95, LevelKind.SUPPORT),
                level(99.8, LevelKind.SUPPORT)); // 99.8 is too close to be invalidation: noise
        SetupPlanner.Plan plan = SetupPlanner.plan(Direction.LONG, 100, 2, 1.5, levels);
        assertEquals(98 - 0.2 * 2, plan.stop(), 1e-9);
    }

    @Test
    void aLevelTooFarAwayForTheStopIsIgnoredInFavourOfTheAtrStop() {
        SetupPlanner.Plan plan = SetupPlanner.plan(Direction.LONG, 100, 2, 1.5, List.of(level(80, LevelKind.SUPPORT)));
        assertEquals(97, plan.stop(), 1e-9);
    }

    @Test
    void targetsArePublishedLevelsPayingAtLeastTheRiskNearestFirstAndMergedWhenClose() {
        List<PriceLevel> levels = List.of(level(112, LevelKind.FIB_EXTENSION), level(102, LevelKind.RESISTANCE),
                level(105, LevelKind.RESISTANCE), level(105.5, LevelKind.TARGET), level(108, LevelKind.TARGET),
                level(120, LevelKind.TARGET), level(110, LevelKind.INVALIDATION));
        SetupPlanner.Plan plan = SetupPlanner.plan(Direction.LONG, 100, 2, 1.5, levels);
        // risk 3: 102 pays less than the risk; 105.5 is within 0.5 ATR of 105; invalidation is never a target
        assertArrayEquals(new double[] {105, 108, 112}, plan.targets(), 1e-9);
    }

    @Test
    void aShortUsesResistanceAboveForItsStopAndLevelsBelowForTargets() {
        List<PriceLevel> levels = List.of(level(102, LevelKind.RESISTANCE), level(94, LevelKind.SUPPORT));
        SetupPlanner.Plan plan = SetupPlanner.plan(Direction.SHORT, 100, 2, 1.5, levels);
        assertEquals(102.4, plan.stop(), 1e-9);
        assertArrayEquals(new double[] {94}, plan.targets(), 1e-9);
    }

    @Test
    void noPlanWithoutAnAtrOrADirection() {
        assertNull(SetupPlanner.plan(Direction.LONG, 100, Double.NaN, 1.5, List.of()));
        assertNull(SetupPlanner.plan(Direction.NEUTRAL, 100, 2, 1.5, List.of()));
        assertNull(SetupPlanner.plan(Direction.LONG, 1, 2, 1.5, List.of()), "a stop at or below zero is no stop");
    }
}
