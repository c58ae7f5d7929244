using NodaTime;

namespace LifecycleLang.Runtime.Tests;

public sealed class ScoreMathTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 1, 1, 0, 0);

    private static ScoreModelDef Model(decimal? min = null, decimal? max = null) =>
        new("m", [], new DecayDef(10m, Duration.FromDays(30)), min, max);

    private static decimal At(ScoreModelDef m, decimal points, int days, int seconds = 0) =>
        ScoreMath.Behavioural(m, new ScoreState { Points = points, LastPoint = T0 }, T0 + Duration.FromDays(days) + Duration.FromSeconds(seconds)).Points;

    [Fact]
    public void OnlyFullPeriodsDecay()
    {
        var m = Model();
        Assert.Equal(50m, At(m, 50, 29, 86399));
        Assert.Equal(40m, At(m, 50, 30));
        Assert.Equal(40m, At(m, 50, 59));
        Assert.Equal(30m, At(m, 50, 60));
    }

    [Fact]
    public void NeverBelowZeroNorBelowMin()
    {
        Assert.Equal(0m, At(Model(), 25, 300));
        Assert.Equal(15m, At(Model(min: 15), 50, 300));
        Assert.Equal(0m, At(Model(min: -40), 25, 300)); // a negative min does not let decay go below 0
    }

    [Fact]
    public void PointsAtOrBelowTheFloorDoNotDecay()
    {
        Assert.Equal(-20m, At(Model(min: -100), -20, 300));
        Assert.Equal(0m, At(Model(), 0, 300));
        Assert.Equal(10m, At(Model(min: 10), 10, 300));
    }

    [Fact]
    public void NextBoundaryIsReportedOnlyAboveTheFloor()
    {
        var m = Model(min: 15);
        Assert.Equal(T0 + Duration.FromDays(60), ScoreMath.Behavioural(m, new ScoreState { Points = 50, LastPoint = T0 }, T0 + Duration.FromDays(45)).NextDecay);
        Assert.Null(ScoreMath.Behavioural(m, new ScoreState { Points = 50, LastPoint = T0 }, T0 + Duration.FromDays(120)).NextDecay);
    }

    [Fact]
    public void ANewPointIsAddedToTheDecayedValueAndRestartsThePeriod()
    {
        var m = Model(max: 100);
        var c = new ContactState { Id = "c" };
        Assert.Equal(50m, ScoreMath.AddPoints(m, c, 50, T0));
        Assert.Equal(50m, ScoreMath.AddPoints(m, c, 50, T0 + Duration.FromDays(45))); // 40 + 50
        Assert.Equal(90m, c.Scores["m"].Points);
        Assert.Equal(10m, ScoreMath.AddPoints(m, c, 50, T0 + Duration.FromDays(74))); // no full period since day 45: 90 → clamp 100
        Assert.Equal(0m, ScoreMath.AddPoints(m, c, 5, T0 + Duration.FromDays(75)));   // clamped change 0 still restarts
        Assert.Equal(T0 + Duration.FromDays(75), c.Scores["m"].LastPoint);
    }

    [Fact]
    public void TheFirstPointStartsFromZeroAndTheValueIsClampedAsAWhole()
    {
        var m = new ScoreModelDef("m", [new FitScoreRule(100m, _ => true)], Min: 15m, Max: 120m);
        var c = new ContactState { Id = "c" };
        Assert.Equal(50m, ScoreMath.AddPoints(m, c, 50, T0));
        Assert.Equal(50m, c.Scores["m"].Points);
        var ctx = new EvalContext(new CompiledWorkspace(new WorkspaceDef { ScoreModels = [m] }), c, T0, null, null);
        Assert.Equal(120m, ctx.Score("m")); // 50 + 100 fit, clamped to max
        var fresh = new EvalContext(new CompiledWorkspace(new WorkspaceDef { ScoreModels = [m with { Rules = [] }] }), new ContactState { Id = "n" }, T0, null, null);
        Assert.Equal(15m, fresh.Score("m")); // no points yet: 0, clamped to min
    }
}
