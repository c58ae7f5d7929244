using NodaTime;

namespace LifecycleLang.Runtime.Tests;

public sealed class OpsTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 1, 12, 0);

    [Fact]
    public void UnsetEqualsNothingAndNotEqualsEverything()
    {
        Assert.False(Ops.Eq(null, null));
        Assert.False(Ops.Eq(null, "a"));
        Assert.True(Ops.Ne(null, null));
        Assert.True(Ops.Ne("a", null));
        Assert.True(Ops.Eq(3000m, 3000.00m));
        Assert.True(Ops.Eq(2, 2m)); // C# ints read as decimals
        Assert.False(Ops.Eq("1", 1m));
        Assert.True(Ops.IsTrue(true));
        Assert.False(Ops.IsTrue(null));
    }

    [Fact]
    public void InIsFalseAndNotInTrueForUnset()
    {
        var list = Ops.List("a", "b");
        Assert.False(Ops.In(null, list));
        Assert.True(Ops.NotIn(null, list));
        Assert.True(Ops.In("a", list));
        Assert.False(Ops.NotIn("b", list));
        Assert.False(Ops.In("A", list));
    }

    [Fact]
    public void ContainsIsMembershipOnListsAndSubstringOnText()
    {
        Assert.True(Ops.Contains(Ops.List("vip", "b2b"), "vip"));
        Assert.False(Ops.Contains(Ops.List("vip"), "vi"));
        Assert.True(Ops.Contains("ana@acme.com", "@acme"));
        Assert.False(Ops.Contains(null, "x"));
        Assert.True(Ops.StartsWith("/pricing/x", "/pricing"));
        Assert.True(Ops.EndsWith("a@acme.com", "@acme.com"));
        Assert.False(Ops.StartsWith("/Pricing", "/pricing"));
    }

    [Fact]
    public void ArithmeticAndCoalesce()
    {
        Assert.Equal(5000m, Ops.Coalesce(null, 5000m));
        Assert.Equal(1m, Ops.Coalesce(1m, 5000m));
        Assert.Equal(0.5m, Ops.Div(1m, 2m));
        Assert.Null(Ops.Div(1m, 0m));
        Assert.Equal(Ops.List("a", "b", "vip"), Ops.Add(Ops.List("a", "b"), Ops.List("vip")));
        Assert.Equal(Now + Duration.FromDays(7), Ops.Add(Now, Duration.FromDays(7)));
        Assert.Equal(Now - Duration.FromHours(1), Ops.Sub(Now, Duration.FromHours(1)));
        Assert.Equal(-3m, Ops.Neg(3m));
        Assert.Null(Ops.Add(null, 1m));
        Assert.Equal(12m, Ops.Mul(3m, 4m));
    }

    [Fact]
    public void ComparisonsAreOrdinalOnTextAndFalseWhenUnset()
    {
        Assert.True(Ops.Lt("B", "a")); // ordinal: 'B' (66) < 'a' (97)
        Assert.True(Ops.Lt("Z", "a"));
        Assert.False(Ops.Lt(null, 1m));
        Assert.False(Ops.Ge(null, 1m));
        Assert.True(Ops.Le(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 1)));
        Assert.True(Ops.Gt(Now, Now - Duration.FromSeconds(1)));
    }

    [Theory]
    [InlineData("lt", 1, "2026-03-02T12:00:01Z")]   // trial_end < now flips one second after trial_end
    [InlineData("le", 1, "2026-03-02T12:00:00Z")]   // trial_end <= now flips at trial_end
    [InlineData("eq", 1, "2026-03-02T12:00:00Z")]
    [InlineData("lt", -1, null)]                   // already true, stays true
    public void ComparisonsWithNowReportWhenTheyFlip(string op, int days, string? expected)
    {
        var trialEnd = Now + Duration.FromDays(days);
        var tracker = new TimeDependencies(Now);
        var now = new NowTerm(Now, Duration.Zero, tracker);
        _ = op switch
        {
            "lt" => Ops.Lt(trialEnd, now),
            "le" => Ops.Le(trialEnd, now),
            _ => Ops.Eq(trialEnd, now),
        };
        Assert.Equal(expected, tracker.Earliest is { } e ? Rfc3339.Format(e) : null);
    }

    [Fact]
    public void NowMinusADurationShiftsTheFlip()
    {
        var tracker = new TimeDependencies(Now);
        var now = new NowTerm(Now, Duration.Zero, tracker);
        var signup = Now - Duration.FromDays(1);
        Assert.True(Ops.Ge(signup, Ops.Sub(now, Duration.FromDays(7)))); // signed up within the last 7 days
        Assert.Equal(signup + Duration.FromDays(7) + Duration.FromSeconds(1), tracker.Earliest);
    }

    [Fact]
    public void ComparisonsWithTodayFlipAtLocalMidnight()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var tracker = new TimeDependencies(Now);
        var today = new TodayTerm(Now.InZone(zone).Date, 0, zone, tracker);
        Assert.False(Ops.Eq(new LocalDate(2026, 3, 5), today));
        Assert.Equal(Instant.FromUtc(2026, 3, 4, 23, 0), tracker.Earliest); // 2026-03-05 00:00 CET
    }

    [Fact]
    public void PlainUnwrapsTrackedTerms()
    {
        var tracker = new TimeDependencies(Now);
        Assert.Equal(Now + Duration.FromHours(1), Ops.Plain(Ops.Add(new NowTerm(Now, Duration.Zero, tracker), Duration.FromHours(1))));
        Assert.Null(tracker.Earliest);
    }
}
