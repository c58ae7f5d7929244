using NodaTime;

namespace LifecycleLang.Runtime.Tests;

public sealed class WaitTests
{
    private static WorkspaceDef MultiArm() => new()
    {
        Contact = T.Contact(),
        Events = [T.Ping, T.Go],
        Templates = [T.WebhookTemplate("hook", "https://x.test/{{ event.n | default: 'none' }}")],
        Journeys = [
            new JourneyDef("J", [new EntryOn("go")], [
                new WaitAnyStep(Duration.FromDays(1), [
                    new WaitArm("ping", ctx => Ops.Gt(ctx.Event("n"), 5m), [new SendStep(Channel.Webhook, "hook")]),
                    new WaitArm("ping", null, [new SendStep(Channel.Webhook, "hook")]),
                ], Timeout: [new SendStep(Channel.Webhook, "hook")]),
                new SendStep(Channel.Webhook, "hook"),
            ]),
        ],
    };

    [Fact]
    public void TheFirstMatchingArmInSourceOrderWinsAndItsEventIsInScope()
    {
        var lines = T.Run(MultiArm(),
            T.Event("2026-01-01T10:00:00Z", "a", "go"),
            T.Event("2026-01-01T10:00:00Z", "b", "go"),
            T.Event("2026-01-01T10:00:00Z", "c", "go"),
            T.Event("2026-01-01T11:00:00Z", "a", "ping", "\"n\":7"),
            T.Event("2026-01-01T11:00:00Z", "b", "ping", "\"n\":1")).Only("resumed", "sent");
        Assert.Equal(
            [
                "2026-01-01T11:00:00Z a J/1 resumed by=ping",
                "2026-01-01T11:00:00Z a J/1/on:ping/1 sent channel=webhook template=hook url=https://x.test/7",
                "2026-01-01T11:00:00Z a J/2 sent channel=webhook template=hook url=https://x.test/none", // the arm's event is no longer in scope
                "2026-01-01T11:00:00Z b J/1 resumed by=ping",
                "2026-01-01T11:00:00Z b J/1/on:ping#2/1 sent channel=webhook template=hook url=https://x.test/1",
                "2026-01-01T11:00:00Z b J/2 sent channel=webhook template=hook url=https://x.test/none",
                "2026-01-02T10:00:00Z c J/1 resumed by=timeout",
                "2026-01-02T10:00:00Z c J/1/timeout/1 sent channel=webhook template=hook url=https://x.test/none",
                "2026-01-02T10:00:00Z c J/2 sent channel=webhook template=hook url=https://x.test/none",
            ],
            lines);
    }

    [Fact]
    public void WaitForRunsItsElseBlockOnlyOnTimeoutAndTheEntryEventStaysInScope()
    {
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(),
            Events = [T.Ping, T.Buy],
            Templates = [T.WebhookTemplate("hook", "https://x.test/{{ event.n }}")],
            Journeys = [
                new JourneyDef("J", [new EntryOn("ping")], [
                    new WaitForStep("buy", Duration.FromHours(2), ctx => Ops.Ge(ctx.Event("amount"), 10m), [new SendStep(Channel.Webhook, "hook")]),
                    new SendStep(Channel.Webhook, "hook"),
                ]),
            ],
        };
        var lines = T.Run(ws,
            T.Event("2026-01-01T10:00:00Z", "a", "ping", "\"n\":1"),
            T.Event("2026-01-01T10:00:00Z", "b", "ping", "\"n\":2"),
            T.Event("2026-01-01T11:00:00Z", "a", "buy", "\"amount\":5"),   // condition fails: keeps waiting
            T.Event("2026-01-01T11:30:00Z", "a", "buy", "\"amount\":50")).Only("resumed", "sent");
        Assert.Equal(
            [
                "2026-01-01T11:30:00Z a J/1 resumed by=buy",
                "2026-01-01T11:30:00Z a J/2 sent channel=webhook template=hook url=https://x.test/1",
                "2026-01-01T12:00:00Z b J/1 resumed by=timeout",
                "2026-01-01T12:00:00Z b J/1/else/1 sent channel=webhook template=hook url=https://x.test/2",
                "2026-01-01T12:00:00Z b J/2 sent channel=webhook template=hook url=https://x.test/2",
            ],
            lines);
    }

    private static WorkspaceDef Until(LocalTime time) => new()
    {
        Contact = T.Contact(),
        Events = [T.Go],
        Settings = new WorkspaceSettings("Europe/Berlin"),
        Templates = [T.WebhookTemplate("hook")],
        Journeys = [new JourneyDef("J", [new EntryOn("go")], [new WaitUntilStep(time, Local: true), new SendStep(Channel.Webhook, "hook")])],
    };

    private static string InNewYork(string contact) => T.Profile("2026-01-01T00:00:00Z", contact, "\"timezone\":\"America/New_York\"");

    [Fact]
    public void WaitUntilLocalInADaylightSavingGapResumesAtTheFirstInstantAfterIt()
    {
        var lines = T.Run(Until(new LocalTime(2, 30)), InNewYork("a"), T.Event("2026-03-08T06:00:00Z", "a", "go")); // 01:00 EST
        Assert.Contains("2026-03-08T06:00:00Z a J/1 waiting until=2026-03-08T07:00:00Z", lines); // 03:00 EDT
    }

    [Fact]
    public void WaitUntilLocalForARepeatedTimeUsesItsFirstOccurrence()
    {
        var lines = T.Run(Until(new LocalTime(1, 30)),
            InNewYork("a"),
            InNewYork("b"),
            T.Event("2026-11-01T04:00:00Z", "a", "go"),  // 00:00 EDT: the first 01:30 (EDT) is at 05:30Z
            T.Event("2026-11-01T06:00:00Z", "b", "go")); // 01:00 EST, after the first 01:30: the next day's 01:30 EST
        Assert.Contains("2026-11-01T04:00:00Z a J/1 waiting until=2026-11-01T05:30:00Z", lines);
        Assert.Contains("2026-11-01T06:00:00Z b J/1 waiting until=2026-11-02T06:30:00Z", lines);
    }

    [Fact]
    public void WaitUntilGoesOnAtOnceWhenTheClockReadsExactlyThatTime()
    {
        var lines = T.Run(Until(new LocalTime(9, 0)), InNewYork("a"), T.Event("2026-03-10T13:00:00Z", "a", "go")); // 09:00 EDT
        Assert.Equal(
            [
                "2026-03-10T13:00:00Z a J entered",
                "2026-03-10T13:00:00Z a J/2 sent channel=webhook template=hook url=https://x.test/",
                "2026-03-10T13:00:00Z a J exited reason=completed",
            ],
            lines);
    }

    [Fact]
    public void WaitUntilWithoutLocalUsesTheWorkspaceZone()
    {
        var ws = Until(new LocalTime(9, 0));
        ws = ws with { Journeys = [new JourneyDef("J", [new EntryOn("go")], [new WaitUntilStep(new LocalTime(9, 0)), new SendStep(Channel.Webhook, "hook")])] };
        var lines = T.Run(ws, InNewYork("a"), T.Event("2026-01-10T09:00:00Z", "a", "go")); // 10:00 in Berlin
        Assert.Contains("2026-01-10T09:00:00Z a J/1 waiting until=2026-01-11T08:00:00Z", lines);
    }

    [Fact]
    public void WaitDIsElapsedTimeAcrossADaylightSavingChange()
    {
        var ws = Until(new LocalTime(9, 0)) with
        {
            Journeys = [new JourneyDef("J", [new EntryOn("go")], [new WaitStep(Duration.FromDays(1)), new SendStep(Channel.Webhook, "hook")])],
        };
        var lines = T.Run(ws, T.Event("2026-03-28T12:00:00Z", "a", "go"));
        Assert.Contains("2026-03-28T12:00:00Z a J/1 waiting until=2026-03-29T12:00:00Z", lines);
    }
}
