using NodaTime;

namespace LifecycleLang.Runtime.Tests;

public sealed class OrderingTests
{
    private static WorkspaceDef Workspace() => new()
    {
        Contact = T.Contact(),
        Events = [T.Ping, T.Go],
        Funnels = [new FunnelDef("F", [new StageDef("A", Sla: Duration.FromHours(1))])],
        Segments = [new SegmentDef("Recent", ctx => Ops.Gt(ctx.Count("ping", within: Duration.FromHours(1)), 0m))],
        Templates = [T.WebhookTemplate("hook")],
        Journeys = [
            new JourneyDef("B", [new EntryOn("ping")], [new WaitStep(Duration.FromHours(1)), new SendStep(Channel.Webhook, "hook")]),
            new JourneyDef("A", [new EntryOn("ping")], [new WaitStep(Duration.FromHours(1)), new SendStep(Channel.Webhook, "hook")]),
            new JourneyDef("S", [new EntryOn("go")], [new StageStep("A")]),
        ],
    };

    [Fact]
    public void TimersFireBeforeInputsAtTheSameInstantInTheSpecifiedOrder()
    {
        var lines = T.Run(Workspace(),
            T.Event("2026-01-01T10:00:00Z", "c2", "ping"),
            T.Event("2026-01-01T10:00:00Z", "c1", "ping"),
            T.Event("2026-01-01T10:00:00Z", "c1", "go"),
            T.Event("2026-01-01T11:00:00Z", "c0", "nope"));
        Assert.Equal(
            [
                "2026-01-01T10:00:00Z c2 - segment segment=Recent joined=true",
                "2026-01-01T10:00:00Z c2 A entered",
                "2026-01-01T10:00:00Z c2 A/1 waiting until=2026-01-01T11:00:00Z",
                "2026-01-01T10:00:00Z c2 B entered",
                "2026-01-01T10:00:00Z c2 B/1 waiting until=2026-01-01T11:00:00Z",
                "2026-01-01T10:00:00Z c1 - segment segment=Recent joined=true",
                "2026-01-01T10:00:00Z c1 A entered",
                "2026-01-01T10:00:00Z c1 A/1 waiting until=2026-01-01T11:00:00Z",
                "2026-01-01T10:00:00Z c1 B entered",
                "2026-01-01T10:00:00Z c1 B/1 waiting until=2026-01-01T11:00:00Z",
                "2026-01-01T10:00:00Z c1 S entered",
                "2026-01-01T10:00:00Z c1 S/1 stage funnel=F stage=A from=null",
                "2026-01-01T10:00:00Z c1 S exited reason=completed",
                // 11:00: contact c1 before c2; for c1 the SLA timer before its refresh before its journey timers (A before B)
                "2026-01-01T11:00:00Z c1 - sla_breached funnel=F stage=A",
                "2026-01-01T11:00:00Z c1 - segment segment=Recent joined=false",
                "2026-01-01T11:00:00Z c1 A/1 resumed by=timeout",
                "2026-01-01T11:00:00Z c1 A/2 sent channel=webhook template=hook url=https://x.test/",
                "2026-01-01T11:00:00Z c1 A exited reason=completed",
                "2026-01-01T11:00:00Z c1 B/1 resumed by=timeout",
                "2026-01-01T11:00:00Z c1 B/2 sent channel=webhook template=hook url=https://x.test/",
                "2026-01-01T11:00:00Z c1 B exited reason=completed",
                "2026-01-01T11:00:00Z c2 - segment segment=Recent joined=false",
                "2026-01-01T11:00:00Z c2 A/1 resumed by=timeout",
                "2026-01-01T11:00:00Z c2 A/2 sent channel=webhook template=hook url=https://x.test/",
                "2026-01-01T11:00:00Z c2 A exited reason=completed",
                "2026-01-01T11:00:00Z c2 B/1 resumed by=timeout",
                "2026-01-01T11:00:00Z c2 B/2 sent channel=webhook template=hook url=https://x.test/",
                "2026-01-01T11:00:00Z c2 B exited reason=completed",
                // the input line comes after every timer due at its instant, whatever its contact id
                "2026-01-01T11:00:00Z c0 - rejected line=4 reason=unknown event \"nope\"",
            ],
            lines);
    }

    [Fact]
    public void InputsAreSortedByAtStablyAndOffsetsAndFractionsAreNormalised()
    {
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(),
            Events = [T.Ping],
            Templates = [T.WebhookTemplate("hook", "https://x.test/{{ event.n }}")],
            Journeys = [new JourneyDef("J", [new EntryOn("ping")], [new SendStep(Channel.Webhook, "hook")]) { Reentry = Reentry.Always }],
        };
        var lines = T.Run(ws,
            T.Event("2026-01-01T12:00:00Z", "c", "ping", "\"n\":3"),
            T.Event("2026-01-01T11:00:00.999+01:00", "c", "ping", "\"n\":1"),
            T.Event("2026-01-01T10:00:00Z", "c", "ping", "\"n\":2")).Only("sent");
        Assert.Equal(
            [
                "2026-01-01T10:00:00Z c J/1 sent channel=webhook template=hook url=https://x.test/1",
                "2026-01-01T10:00:00Z c J/1 sent channel=webhook template=hook url=https://x.test/2",
                "2026-01-01T12:00:00Z c J/1 sent channel=webhook template=hook url=https://x.test/3",
            ],
            lines);
    }
}
