using NodaTime;

namespace LifecycleLang.Runtime.Tests;

public sealed class StageTests
{
    private static WorkspaceDef Funnel(params JourneyDef[] extra) => new()
    {
        Contact = T.Contact(),
        Events = [T.Go, T.Ping],
        Funnels = [new FunnelDef("B2B", [new StageDef("Capture", "marketing"), new StageDef("Convert", "sales", Duration.FromDays(2)), new StageDef("Expand")])],
        Templates = [T.WebhookTemplate("hook", "https://x.test/{{ event.stage }}")],
        Journeys = [
            new JourneyDef("Move", [new EntryOn("go")], [
                new StageStep("Capture"),
                new StageStep("Convert"),
                new WaitForStep("ping", Duration.FromDays(5)),
                new StageStep("Expand"),
            ]),
            new JourneyDef("Escalate", [new EntryOn(BuiltInEvents.StageSlaBreached, ctx => Ops.Eq(ctx.Event("stage"), "Convert"))], [
                new SendStep(Channel.Webhook, "hook"),
                new StageStep("Convert"), // already there: nothing changes, the SLA is not restarted
            ]) { Reentry = Reentry.Always },
            .. extra,
        ],
    };

    [Fact]
    public void SlaBreachesOncePerStayAndRaisesTheBuiltInEvent()
    {
        var lines = T.Run(Funnel(), T.Event("2026-01-01T10:00:00Z", "a", "go"));
        Assert.Equal(
            [
                "2026-01-01T10:00:00Z a Move entered",
                "2026-01-01T10:00:00Z a Move/1 stage funnel=B2B stage=Capture from=null",
                "2026-01-01T10:00:00Z a Move/2 stage funnel=B2B stage=Convert from=Capture",
                "2026-01-01T10:00:00Z a Move/3 waiting until=2026-01-06T10:00:00Z",
                "2026-01-03T10:00:00Z a - sla_breached funnel=B2B stage=Convert",
                "2026-01-03T10:00:00Z a Escalate entered",
                "2026-01-03T10:00:00Z a Escalate/1 sent channel=webhook template=hook url=https://x.test/Convert",
                "2026-01-03T10:00:00Z a Escalate exited reason=completed",
                "2026-01-06T10:00:00Z a Move/3 resumed by=timeout",
                "2026-01-06T10:00:00Z a Move/4 stage funnel=B2B stage=Expand from=Convert",
                "2026-01-06T10:00:00Z a Move exited reason=completed",
            ],
            lines);
    }

    [Fact]
    public void LeavingTheStageCancelsItsSla()
    {
        var lines = T.Run(Funnel(), T.Event("2026-01-01T10:00:00Z", "a", "go"), T.Event("2026-01-02T10:00:00Z", "a", "ping"));
        Assert.DoesNotContain(lines, l => l.Contains("sla_breached"));
        Assert.Contains("2026-01-02T10:00:00Z a Move/4 stage funnel=B2B stage=Expand from=Convert", lines);
    }

    [Fact]
    public void ANewStayStartsANewSla()
    {
        var back = new JourneyDef("Back", [new EntryOn("ping")], [new StageStep("Capture"), new StageStep("Convert")]) { Reentry = Reentry.Always };
        var ws = Funnel(back) with { Journeys = [Funnel().Journeys[1], back] };
        var lines = T.Run(ws,
            T.Event("2026-01-01T10:00:00Z", "a", "ping"),   // Convert at Jan 1 10:00
            T.Event("2026-01-02T10:00:00Z", "a", "ping"))   // leaves and comes back: a new stay until Jan 4
            .Only("sla_breached");
        Assert.Equal(["2026-01-04T10:00:00Z a - sla_breached funnel=B2B stage=Convert"], lines);
    }
}
