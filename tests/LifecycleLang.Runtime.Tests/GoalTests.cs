using NodaTime;

namespace LifecycleLang.Runtime.Tests;

public sealed class GoalTests
{
    private static WorkspaceDef Journey(int holdout = 0, string entryEvent = "go") => new()
    {
        Contact = T.Contact(),
        Events = [T.Go, T.Buy],
        Templates = [T.WebhookTemplate("hook")],
        Journeys = [
            new JourneyDef("J", [new EntryOn(entryEvent)], [new SendStep(Channel.Webhook, "hook")])
            {
                Goal = new GoalDef("buy", Duration.FromDays(7), ctx => Ops.Ge(ctx.Event("amount") ?? 0m, 10m)),
                HoldoutBasisPoints = holdout,
                Reentry = Reentry.Always,
            },
        ],
    };

    [Fact]
    public void GoalsAreObservedAfterTheStepsEndAtMostOncePerEntryWithinTheWindow()
    {
        var lines = T.Run(Journey(),
            T.Event("2026-01-01T10:00:00Z", "a", "go"),
            T.Event("2026-01-02T10:00:00Z", "a", "buy", "\"amount\":5"),   // where fails
            T.Event("2026-01-03T10:00:00Z", "a", "buy", "\"amount\":50"),  // goal, after `exited completed`
            T.Event("2026-01-04T10:00:00Z", "a", "buy", "\"amount\":50"),  // at most once
            T.Event("2026-01-01T10:00:00Z", "b", "go"),
            T.Event("2026-01-08T10:00:01Z", "b", "buy", "\"amount\":50"),  // window closed (entry + 7 days)
            T.Event("2026-01-01T10:00:00Z", "c", "go"),
            T.Event("2026-01-08T10:00:00Z", "c", "buy", "\"amount\":50")).Only("goal"); // window end is included
        Assert.Equal(["2026-01-03T10:00:00Z a J goal event=buy", "2026-01-08T10:00:00Z c J goal event=buy"], lines);
    }

    [Fact]
    public void AnEntryMadeByTheVeryEventDoesNotSeeItAsAGoal()
    {
        var lines = T.Run(Journey(entryEvent: "buy"),
            T.Event("2026-01-01T10:00:00Z", "a", "buy", "\"amount\":50"),
            T.Event("2026-01-02T10:00:00Z", "a", "buy", "\"amount\":50"));
        Assert.Equal(
            [
                "2026-01-01T10:00:00Z a J entered",
                "2026-01-01T10:00:00Z a J/1 sent channel=webhook template=hook url=https://x.test/",
                "2026-01-01T10:00:00Z a J exited reason=completed",
                "2026-01-02T10:00:00Z a J goal event=buy",    // the first entry's goal, before the second entry
                "2026-01-02T10:00:00Z a J entered",
                "2026-01-02T10:00:00Z a J/1 sent channel=webhook template=hook url=https://x.test/",
                "2026-01-02T10:00:00Z a J exited reason=completed",
            ],
            lines);
    }

    [Fact]
    public void HoldoutEntriesRunNoStepsAndTheirGoalsCount()
    {
        var contacts = Enumerable.Range(0, 30).Select(i => "h" + i).ToList();
        var inHoldout = contacts.Where(c => Fnv.Bucket("J", "holdout", c) < 3000).ToList();
        Assert.NotEmpty(inHoldout);
        var inputs = contacts.Select(c => T.Event("2026-01-01T10:00:00Z", c, "go"))
            .Concat(contacts.Select(c => T.Event("2026-01-02T10:00:00Z", c, "buy", "\"amount\":20")))
            .ToArray();
        var (trace, result, _) = SimulationHarness.Run(Journey(holdout: 3000), SimulationHarness.Lines(inputs));
        var lines = trace.Select(T.Compact).ToList();
        foreach (var c in inHoldout)
        {
            Assert.Equal(
                [
                    $"2026-01-01T10:00:00Z {c} J entered holdout=true",
                    $"2026-01-01T10:00:00Z {c} J exited reason=holdout",
                    $"2026-01-02T10:00:00Z {c} J goal event=buy",
                ],
                lines.Where(l => l.Split(' ')[1] == c));
        }
        var counters = result.Counters.Journeys["J"];
        Assert.Equal(30, counters.Entered);
        Assert.Equal(inHoldout.Count, counters.HoldoutEntered);
        Assert.Equal(inHoldout.Count, counters.HoldoutGoals);
        Assert.Equal(30 - inHoldout.Count, counters.Goals);
        Assert.Equal(30 - inHoldout.Count, counters.Steps["1"].Sent);
    }

    [Fact]
    public void HoldoutEntriesCountForReentry()
    {
        var c = Enumerable.Range(0, 100).Select(i => "x" + i).First(id => Fnv.Bucket("J", "holdout", id) < 5000);
        var ws = Journey(holdout: 5000);
        ws = ws with { Journeys = [ws.Journeys[0] with { Reentry = Reentry.Never }] };
        var lines = T.Run(ws, T.Event("2026-01-01T10:00:00Z", c, "go"), T.Event("2026-01-02T10:00:00Z", c, "go")).Only("entered");
        Assert.Equal([$"2026-01-01T10:00:00Z {c} J entered holdout=true"], lines);
    }
}
