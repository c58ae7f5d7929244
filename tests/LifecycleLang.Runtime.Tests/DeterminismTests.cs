using CsCheck;
using NodaTime;

namespace LifecycleLang.Runtime.Tests;

public sealed class DeterminismTests
{
    // A workspace that exercises most features at once.
    internal static WorkspaceDef Rich() => new()
    {
        Contact = T.Contact(new FieldDef("tags", FieldType.ListOf(FieldType.Text), Optional: true), new FieldDef("born", FieldType.Date, Optional: true)),
        Events = [T.Ping, T.Go, T.Buy],
        Settings = new WorkspaceSettings("Europe/Berlin", new QuietHours(new LocalTime(22, 0), new LocalTime(7, 0)), [new FrequencyCap(Channel.Email, 2, Duration.FromDays(1))]),
        Funnels = [new FunnelDef("F", [new StageDef("Lead"), new StageDef("Qualified", "sales", Duration.FromDays(1)), new StageDef("Customer")])],
        ScoreModels = [
            new ScoreModelDef("eng", [
                new OnScoreRule(10m, "ping"),
                new OnScoreRule(25m, "go"),
                new OnScoreRule(-5m, "buy", ctx => Ops.Lt(ctx.Event("amount") ?? 0m, 10m)),
                new FitScoreRule(5m, ctx => Ops.IsSet(ctx.Contact("first_name"))),
            ], new DecayDef(5m, Duration.FromDays(2)), 0m, 100m),
        ],
        Segments = [
            new SegmentDef("Hot", ctx => Ops.Ge(ctx.Score("eng"), 30m)),
            new SegmentDef("Recent", ctx => Ops.Ge(ctx.Count("ping", within: Duration.FromDays(1)), 2m)),
            new SegmentDef("Named", ctx => Ops.IsSet(ctx.Contact("first_name")) && !ctx.InSegment("Hot")),
            new SegmentDef("Birthday", ctx => Ops.Eq(ctx.Contact("born"), ctx.Today)),
        ],
        Templates = [
            T.EmailTemplate("mail", "Hi {{ contact.first_name | default: 'there' }} {{ contact.tags | size }}"),
            T.SmsTemplate("text", "Hey {{ contact.id }}"),
            T.WebhookTemplate("hook", "https://x.test/{{ contact.id }}"),
        ],
        Journeys = [
            new JourneyDef("Nurture", [new EntryWhen(ctx => ctx.InSegment("Hot"))], [
                new StageStep("Qualified"),
                new SendStep(Channel.Email, "mail"),
                new WaitForStep("ping", Duration.FromDays(1), ctx => Ops.Gt(ctx.Event("n"), 3m), [new SendStep(Channel.Sms, "text")]),
                new SplitStep([
                    new SplitArm("A", 5000, [new ScoreStep("eng", 5m)]),
                    new SplitArm("B", 5000, [new SetStep("tags", ctx => Ops.Add(Ops.Coalesce(ctx.Contact("tags"), ValueList.Empty), Ops.List("b")))]),
                ]),
                new WaitUntilStep(new LocalTime(9, 0), Local: true),
                new SendStep(Channel.Email, "mail"),
            ])
            {
                Funnel = "F",
                Exits = [new ExitOn("buy"), new ExitWhen(ctx => ctx.InSegment("Recent") && Ops.IsNotSet(ctx.Contact("email")))],
                Goal = new GoalDef("buy", Duration.FromDays(5)),
                HoldoutBasisPoints = 2000,
                Reentry = Reentry.AfterDuration(Duration.FromDays(2)),
            },
            new JourneyDef("Pinger", [new EntryOn("ping")], [
                new WaitAnyStep(Duration.FromHours(6), [
                    new WaitArm("buy", null, [new SendStep(Channel.Webhook, "hook")]),
                    new WaitArm("go", null, [new StageStep("Customer")]),
                ], Timeout: [new ExitStep()]),
            ]) { Reentry = Reentry.Always },
            new JourneyDef("Sla", [new EntryOn(BuiltInEvents.StageSlaBreached)], [new SendStep(Channel.Webhook, "hook")]) { Reentry = Reentry.Always },
        ],
    };

    internal static readonly Gen<string> Inputs =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 10 * 86400], Gen.Int[0, 11], Gen.Int[0, 12])
            .Array[1, 30]
            .Select(lines => string.Join("\n", lines.Select(l => Line(l.Item1, l.Item2, l.Item3, l.Item4))) + "\n");

    internal static string Line(int contact, int seconds, int kind, int n)
    {
        var at = Rfc3339.Format(Instant.FromUtc(2026, 3, 25, 0, 0) + Duration.FromSeconds(seconds));
        var c = "c" + contact;
        return kind switch
        {
            0 => T.Profile(at, c, "\"email\":\"x@y.io\",\"first_name\":\"N\",\"born\":\"2026-03-28\""),
            1 => T.Profile(at, c, "\"email\":null,\"timezone\":\"America/New_York\""),
            2 => T.Profile(at, c, "\"first_name\":null,\"phone\":\"+4915112345678\""),
            3 or 4 or 5 => T.Event(at, c, "ping", $"\"n\":{n}"),
            6 => T.Event(at, c, "go"),
            7 => T.Event(at, c, "buy", $"\"amount\":{n}.50"),
            8 => T.Event(at, c, "message_unsubscribed", "\"template\":\"mail\",\"channel\":\"email\""),
            9 => T.Event(at, c, "message_resubscribed", "\"channel\":\"email\""),
            10 => T.Event(at, c, "ping", "\"n\":\"bad\""),
            _ => "not json",
        };
    }

    private static string Run(string inputs, IStateStore? store = null, IProgress<SimulationProgress>? progress = null)
    {
        var trace = new StringWriter();
        new Simulator(Rich()).Run(inputs, trace, new SimulationOptions { Store = store, Progress = progress });
        return trace.ToString();
    }

    // Progress drains the timers a virtual day at a time; that must not change a single line.
    [Fact]
    public void ReportingProgressDoesNotChangeTheTrace() =>
        Inputs.Sample(inputs => Run(inputs) == Run(inputs, progress: new RecordingProgress()), iter: 40);

    [Fact]
    public void ProgressGoesForwardAndEndsFinished()
    {
        var text = string.Join("\n", Enumerable.Range(0, 200).Select(i => Line(i % 5, i * 13000, i % 12, i % 13)));
        var progress = new RecordingProgress();
        Run(text, progress: progress);
        var reports = progress.Reports;
        Assert.Equal(SimulationPhase.Read, reports[0].Phase);
        Assert.Equal(SimulationPhase.Finished, reports[^1].Phase);
        Assert.Contains(reports, r => r.Phase == SimulationPhase.Inputs);
        Assert.Contains(reports, r => r.Phase == SimulationPhase.Timers); // Nurture's waits outlive the last input
        Assert.Equal(reports[0].Total, reports[^1].Done);
        for (var i = 1; i < reports.Count; i++)
        {
            Assert.True(reports[i].Phase >= reports[i - 1].Phase && reports[i].Done >= reports[i - 1].Done, $"report {i} went backwards");
            if (reports[i].Now is { } now && reports[i - 1].Now is { } before)
            {
                Assert.True(now >= before, $"report {i}: the virtual clock went backwards");
            }
        }
    }

    private sealed class RecordingProgress : IProgress<SimulationProgress>
    {
        public List<SimulationProgress> Reports { get; } = [];

        public void Report(SimulationProgress value) => Reports.Add(value);
    }

    [Fact]
    public void TheSameInputsAlwaysGiveTheSameTrace() =>
        Inputs.Sample(inputs => Run(inputs) == Run(inputs), iter: 40);

    [Fact]
    public void StateSurvivesJsonBetweenPasses() =>
        Inputs.Sample(inputs => Run(inputs) == Run(inputs, new JsonRoundTripStore()), iter: 40);

    [Fact]
    public void TheRichWorkspaceProducesEveryInterestingKind()
    {
        var text = string.Join("\n", Enumerable.Range(0, 200).Select(i => Line(i % 5, i * 13000, i % 12, i % 13)));
        var kinds = Run(text).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => T.Compact(l).Split(' ')[3]).ToHashSet();
        foreach (var kind in new[] { "entered", "stage", "sent", "suppressed", "waiting", "resumed", "split", "score", "set", "segment", "goal", "sla_breached", "exited", "rejected" })
        {
            Assert.Contains(kind, kinds);
        }
    }
}
