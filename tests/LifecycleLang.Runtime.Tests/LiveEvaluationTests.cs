using NodaTime;

namespace LifecycleLang.Runtime.Tests;

public sealed class LiveEvaluationTests
{
    private static readonly FieldDef Vip = new("vip", FieldType.Bool, Optional: true);

    [Fact]
    public void ContactInSegmentEvaluatesTheConditionNotTheRecordedMembership()
    {
        // "Alpha" sorts before "Zeta", so when Alpha is evaluated Zeta's membership is not recorded yet.
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(Vip),
            Segments = [
                new SegmentDef("Zeta", ctx => Ops.Eq(ctx.Contact("vip"), true)),
                new SegmentDef("Alpha", ctx => ctx.InSegment("Zeta")),
            ],
        };
        Assert.Equal(
            [
                "2026-01-01T10:00:00Z c - segment segment=Alpha joined=true",
                "2026-01-01T10:00:00Z c - segment segment=Zeta joined=true",
            ],
            T.Run(ws, T.Profile("2026-01-01T10:00:00Z", "c", "\"vip\":true")));
    }

    [Fact]
    public void FitRulesThatDependOnTimeAreTrackedThroughTheScore()
    {
        var trialEnd = new FieldDef("trial_end", FieldType.DateTime, Optional: true);
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(trialEnd),
            ScoreModels = [new ScoreModelDef("urgency", [new FitScoreRule(40m, ctx => Ops.Le(ctx.Contact("trial_end"), Ops.Add(ctx.Now, Duration.FromDays(2))))])],
            Segments = [new SegmentDef("Urgent", ctx => Ops.Ge(ctx.Score("urgency"), 40m))],
        };
        Assert.Equal(
            ["2026-01-08T12:00:00Z c - segment segment=Urgent joined=true"],
            T.Run(ws, T.Profile("2026-01-01T00:00:00Z", "c", "\"trial_end\":\"2026-01-10T12:00:00Z\"")));
    }

    [Fact]
    public void ExitOnMatchesTheInputEventAndEndsAWaitingInstance()
    {
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(),
            Events = [T.Go, T.Ping],
            Journeys = [
                new JourneyDef("J", [new EntryOn("go")], [new WaitForStep("ping", Duration.FromDays(1))])
                {
                    Exits = [new ExitOn("ping", ctx => Ops.Eq(ctx.Event("n"), 0m))],
                },
            ],
        };
        var lines = T.Run(ws,
            T.Event("2026-01-01T10:00:00Z", "a", "go"),
            T.Event("2026-01-01T10:00:00Z", "b", "go"),
            T.Event("2026-01-01T11:00:00Z", "a", "ping", "\"n\":0"),   // exits before the wait could resume (step 3 before 4)
            T.Event("2026-01-01T11:00:00Z", "b", "ping", "\"n\":1"));  // resumes the wait instead
        Assert.Contains("2026-01-01T11:00:00Z a J exited reason=exit", lines);
        Assert.DoesNotContain("2026-01-01T11:00:00Z a J/1 resumed by=ping", lines);
        Assert.Contains("2026-01-01T11:00:00Z b J/1 resumed by=ping", lines);
    }
}
