using NodaTime;

namespace LifecycleLang.Runtime.Tests;

public sealed class TimeTests
{
    private static readonly FieldDef TrialEnd = new("trial_end", FieldType.DateTime, Optional: true);
    private static readonly FieldDef Birthday = new("birthday", FieldType.Date, Optional: true);

    [Fact]
    public void SegmentsChangeAtTheInstantAComparisonWithNowFlips()
    {
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(TrialEnd),
            Segments = [
                new SegmentDef("Expired", ctx => Ops.Lt(ctx.Contact("trial_end"), ctx.Now)),
                new SegmentDef("Ending", ctx => Ops.Le(ctx.Contact("trial_end"), ctx.Now)),
                new SegmentDef("LastDay", ctx => Ops.Ge(ctx.Contact("trial_end"), ctx.Now) && Ops.Lt(Ops.Sub(ctx.Contact("trial_end"), Duration.FromDays(1)), ctx.Now)),
            ],
        };
        var lines = T.Run(ws, T.Profile("2026-01-01T00:00:00Z", "a", "\"trial_end\":\"2026-01-10T12:00:00Z\""));
        Assert.Equal(
            [
                "2026-01-09T12:00:01Z a - segment segment=LastDay joined=true",
                "2026-01-10T12:00:00Z a - segment segment=Ending joined=true",
                "2026-01-10T12:00:01Z a - segment segment=Expired joined=true",
                "2026-01-10T12:00:01Z a - segment segment=LastDay joined=false",
            ],
            lines);
    }

    [Fact]
    public void ComparisonsWithTodayFlipAtTheContactsLocalMidnight()
    {
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(Birthday),
            Segments = [new SegmentDef("BirthdayToday", ctx => Ops.Eq(ctx.Contact("birthday"), ctx.Today))],
        };
        var lines = T.Run(ws, T.Profile("2026-01-01T00:00:00Z", "a", "\"birthday\":\"2026-01-05\",\"timezone\":\"Asia/Tokyo\""));
        Assert.Equal(
            [
                "2026-01-04T15:00:00Z a - segment segment=BirthdayToday joined=true",
                "2026-01-05T15:00:00Z a - segment segment=BirthdayToday joined=false",
            ],
            lines);
    }

    [Fact]
    public void DecayChangesSegmentsAtFullPeriodBoundariesAndStopsAtTheFloor()
    {
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(),
            Events = [T.Ping],
            ScoreModels = [new ScoreModelDef("eng", [new OnScoreRule(50m, "ping")], new DecayDef(10m, Duration.FromDays(30)), Min: 15m)],
            Segments = [
                new SegmentDef("S45", ctx => Ops.Ge(ctx.Score("eng"), 45m)),
                new SegmentDef("S16", ctx => Ops.Ge(ctx.Score("eng"), 16m)),
                new SegmentDef("S15", ctx => Ops.Ge(ctx.Score("eng"), 15m)),
            ],
        };
        var (trace, result, _) = SimulationHarness.Run(ws, SimulationHarness.Lines(T.Event("2026-01-01T00:00:00Z", "a", "ping")));
        var lines = trace.Select(T.Compact).ToList();
        Assert.Equal(
            [
                "2026-01-01T00:00:00Z a - score model=eng delta=50 value=50",
                "2026-01-01T00:00:00Z a - segment segment=S15 joined=true",
                "2026-01-01T00:00:00Z a - segment segment=S16 joined=true",
                "2026-01-01T00:00:00Z a - segment segment=S45 joined=true",
                "2026-01-31T00:00:00Z a - segment segment=S45 joined=false",  // 40
                "2026-05-01T00:00:00Z a - segment segment=S16 joined=false",  // day 120: 15, the floor
            ],
            lines);
        Assert.Equal(0, result.PendingTimers); // nothing can change any more: the simulation ends
    }

    [Fact]
    public void ExitWhenHoldsAtTheInstantACountWindowLetsAnEventGo()
    {
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(),
            Events = [T.Ping, T.Go],
            Journeys = [
                new JourneyDef("J", [new EntryOn("go")], [new WaitStep(Duration.FromDays(10))])
                {
                    Exits = [new ExitWhen(ctx => Ops.Eq(ctx.Count("ping", e => Ops.Gt(e.Event("n"), 1m), Duration.FromDays(2)), 0m))],
                },
            ],
        };
        var lines = T.Run(ws,
            T.Event("2026-01-01T10:00:00Z", "a", "ping", "\"n\":5"),
            T.Event("2026-01-01T11:00:00Z", "a", "ping", "\"n\":0"),  // does not match the where: not counted
            T.Event("2026-01-02T10:00:00Z", "a", "go"));
        Assert.Equal("2026-01-03T10:00:00Z a J exited reason=exit", lines[^1]);
    }

    [Fact]
    public void UntilProcessesInputsAndTimersUpToItAndLeavesTheRestPending()
    {
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(),
            Events = [T.Go],
            Templates = [T.WebhookTemplate("hook")],
            Journeys = [new JourneyDef("J", [new EntryOn("go")], [new WaitStep(Duration.FromDays(1)), new SendStep(Channel.Webhook, "hook")]) { Reentry = Reentry.Always }],
        };
        string[] inputs =
        [
            T.Event("2026-01-01T10:00:00Z", "a", "go"),
            T.Event("2026-01-02T09:00:00Z", "b", "go"),
            T.Event("2026-01-02T10:00:01Z", "c", "go"),
        ];
        var (trace, result, _) = SimulationHarness.Run(ws, SimulationHarness.Lines(inputs), T.At("2026-01-02T10:00:00Z"));
        var lines = trace.Select(T.Compact).ToList();
        Assert.Contains("2026-01-02T10:00:00Z a J/2 sent channel=webhook template=hook url=https://x.test/", lines); // a timer at U fires
        Assert.DoesNotContain(lines, l => l.Contains(" c "));                                                      // an input after U is not read
        Assert.DoesNotContain(lines, l => l.StartsWith("2026-01-03", StringComparison.Ordinal));
        Assert.Equal(1, result.PendingTimers);
    }

    [Fact]
    public void EndlessSlaCyclesStop366DaysAfterTheLastInputSayingSoOnStderr()
    {
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(),
            Events = [T.Go],
            Funnels = [new FunnelDef("F", [new StageDef("A", Sla: Duration.FromDays(1)), new StageDef("B")])],
            Journeys = [
                new JourneyDef("Start", [new EntryOn("go")], [new StageStep("A")]),
                new JourneyDef("Loop", [new EntryOn(BuiltInEvents.StageSlaBreached)], [new StageStep("B"), new StageStep("A")]) { Reentry = Reentry.Always },
            ],
        };
        var (trace, result, stderr) = SimulationHarness.Run(ws, SimulationHarness.Lines(T.Event("2026-01-01T00:00:00Z", "a", "go")));
        Assert.Equal(366, trace.Count(l => l.Contains("sla_breached")));
        Assert.True(result.StoppedAtHorizon);
        Assert.Contains("366 days", stderr);
        Assert.StartsWith("{\"at\":\"2027-01-02T00:00:00Z\"", trace[^1]); // the last breach at the horizon itself
    }
}
