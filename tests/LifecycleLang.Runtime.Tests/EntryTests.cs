using NodaTime;

namespace LifecycleLang.Runtime.Tests;

public sealed class EntryTests
{
    private static readonly FieldDef VipField = new("vip", FieldType.Bool, Optional: true);

    private static WorkspaceDef VipJourney(Reentry reentry, params Step[] steps) => new()
    {
        Contact = T.Contact(VipField),
        Events = [T.Ping],
        Templates = [T.WebhookTemplate("hook")],
        Journeys = [new JourneyDef("J", [new EntryWhen(ctx => Ops.Eq(ctx.Contact("vip"), true))], steps.Length > 0 ? steps : [new SendStep(Channel.Webhook, "hook")]) { Reentry = reentry }],
    };

    private static string Vip(string at, bool value) => T.Profile(at, "c", $"\"vip\":{(value ? "true" : "false")}");

    [Fact]
    public void EntryWhenIsEdgeTriggeredAndAnEdgeWhileActiveIsConsumed()
    {
        var lines = T.Run(VipJourney(Reentry.Always, new WaitStep(Duration.FromDays(1))),
            Vip("2026-01-01T10:00:00Z", true),     // edge: enters
            Vip("2026-01-01T11:00:00Z", false),
            Vip("2026-01-01T12:00:00Z", true),     // edge while active: consumed
            T.Event("2026-01-03T10:00:00Z", "c", "ping"), // still true, no new edge
            Vip("2026-01-04T10:00:00Z", false),
            Vip("2026-01-04T11:00:00Z", true)).Only("entered", "exited");
        Assert.Equal(
            [
                "2026-01-01T10:00:00Z c J entered",
                "2026-01-02T10:00:00Z c J exited reason=completed",
                "2026-01-04T11:00:00Z c J entered",
                "2026-01-05T11:00:00Z c J exited reason=completed",
            ],
            lines);
    }

    [Fact]
    public void AnEdgeThatReentryBlocksIsConsumedNotDeferred()
    {
        var lines = T.Run(VipJourney(Reentry.AfterDuration(Duration.FromDays(7))),
            Vip("2026-01-01T10:00:00Z", true),   // enters
            Vip("2026-01-02T10:00:00Z", false),
            Vip("2026-01-03T10:00:00Z", true),   // blocked by reentry: consumed
            T.Event("2026-01-09T10:00:00Z", "c", "ping"), // reentry would allow now, but there is no edge
            Vip("2026-01-10T10:00:00Z", false),
            Vip("2026-01-10T11:00:00Z", true)).Only("entered");
        Assert.Equal(["2026-01-01T10:00:00Z c J entered", "2026-01-10T11:00:00Z c J entered"], lines);
    }

    [Fact]
    public void ANewContactStartsFalseSoATrueFirstEvaluationIsAnEdge()
    {
        var lines = T.Run(VipJourney(Reentry.Never), Vip("2026-01-01T10:00:00Z", true)).Only("entered");
        Assert.Equal(["2026-01-01T10:00:00Z c J entered"], lines);
    }

    private static WorkspaceDef PingJourney(Reentry reentry) => new()
    {
        Contact = T.Contact(),
        Events = [T.Ping],
        Templates = [T.WebhookTemplate("hook")],
        Journeys = [new JourneyDef("J", [new EntryOn("ping")], [new SendStep(Channel.Webhook, "hook")]) { Reentry = reentry }],
    };

    private static readonly string[] Pings =
    [
        T.Event("2026-01-01T10:00:00Z", "c", "ping"),
        T.Event("2026-01-02T09:59:59Z", "c", "ping"),
        T.Event("2026-01-02T10:00:00Z", "c", "ping"),
        T.Event("2026-01-02T10:00:01Z", "c", "ping"),
    ];

    [Fact]
    public void ReentryNever() =>
        Assert.Equal(["2026-01-01T10:00:00Z c J entered"], T.Run(PingJourney(Reentry.Never), Pings).Only("entered"));

    [Fact]
    public void ReentryAlways() =>
        Assert.Equal(4, T.Run(PingJourney(Reentry.Always), Pings).Only("entered").Count);

    [Fact]
    public void ReentryAfterAllowsAtLastEntryPlusD() =>
        Assert.Equal(
            ["2026-01-01T10:00:00Z c J entered", "2026-01-02T10:00:00Z c J entered"],
            T.Run(PingJourney(Reentry.AfterDuration(Duration.FromDays(1))), Pings).Only("entered"));

    [Fact]
    public void NeverWhileAnInstanceIsActive()
    {
        var ws = PingJourney(Reentry.Always) with
        {
            Journeys = [new JourneyDef("J", [new EntryOn("ping")], [new WaitStep(Duration.FromHours(1))]) { Reentry = Reentry.Always }],
        };
        var lines = T.Run(ws, Pings).Only("entered");
        // the instance entered at 09:59:59 waits until 10:59:59, so the pings at 10:00:00 and 10:00:01 cannot enter
        Assert.Equal(["2026-01-01T10:00:00Z c J entered", "2026-01-02T09:59:59Z c J entered"], lines);
    }

    [Fact]
    public void CascadeStopsAfterEightMoreRoundsWithARejectedLine()
    {
        // Two journeys flip a flag back and forth: each round enters one of them.
        var on = new FieldDef("on", FieldType.Bool, Optional: true);
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(on),
            Journeys = [
                new JourneyDef("Off", [new EntryWhen(ctx => Ops.Eq(ctx.Contact("on"), true))], [new SetStep("on", _ => false)]) { Reentry = Reentry.Always },
                new JourneyDef("On", [new EntryWhen(ctx => Ops.Eq(ctx.Contact("on"), false))], [new SetStep("on", _ => true)]) { Reentry = Reentry.Always },
            ],
        };
        var lines = T.Run(ws, T.Profile("2026-01-01T10:00:00Z", "c", "\"on\":true"));
        Assert.Equal(9, lines.Only("entered").Count); // the first round and 8 more
        Assert.Equal("2026-01-01T10:00:00Z c - rejected line=1 reason=cascade limit", lines[^1]);
    }

    [Fact]
    public void ASetStepThatChangesNothingEndsTheCascade()
    {
        var flag = new FieldDef("flag", FieldType.Bool, Optional: true);
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(flag),
            Events = [T.Ping],
            Journeys = [new JourneyDef("J", [new EntryOn("ping")], [new SetStep("flag", _ => true)]) { Reentry = Reentry.Always }],
        };
        var lines = T.Run(ws, T.Event("2026-01-01T10:00:00Z", "c", "ping"), T.Event("2026-01-01T11:00:00Z", "c", "ping"));
        Assert.DoesNotContain(lines, l => l.Contains("rejected"));
        Assert.Equal(2, lines.Only("set").Count); // traced whenever the step runs, changed or not
    }

    [Fact]
    public void CascadeRoundsLetEntryWhenSeeChangesMadeBySteps()
    {
        var tier = new FieldDef("tier", FieldType.Text, Optional: true);
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(tier),
            Events = [T.Buy],
            Segments = [new SegmentDef("Gold", ctx => Ops.Eq(ctx.Contact("tier"), "gold"))],
            Templates = [T.WebhookTemplate("hook")],
            Journeys = [
                new JourneyDef("Promote", [new EntryOn("buy")], [new SetStep("tier", _ => "gold")]),
                new JourneyDef("Welcome", [new EntryWhen(ctx => ctx.InSegment("Gold"))], [new SendStep(Channel.Webhook, "hook")]),
            ],
        };
        var lines = T.Run(ws, T.Event("2026-01-01T10:00:00Z", "c", "buy"));
        Assert.Equal(
            [
                "2026-01-01T10:00:00Z c Promote entered",
                "2026-01-01T10:00:00Z c Promote/1 set field=tier value=gold",
                "2026-01-01T10:00:00Z c Promote exited reason=completed",
                "2026-01-01T10:00:00Z c - segment segment=Gold joined=true",
                "2026-01-01T10:00:00Z c Welcome entered",
                "2026-01-01T10:00:00Z c Welcome/1 sent channel=webhook template=hook url=https://x.test/",
                "2026-01-01T10:00:00Z c Welcome exited reason=completed",
            ],
            lines);
    }

    [Fact]
    public void EntryOnMatchesOnlyTheInputEventWithItsCondition()
    {
        var ws = PingJourney(Reentry.Always) with
        {
            Journeys = [new JourneyDef("J", [new EntryOn("ping", ctx => Ops.Gt(ctx.Event("n"), 5m))], [new SendStep(Channel.Webhook, "hook")]) { Reentry = Reentry.Always }],
        };
        var lines = T.Run(ws, T.Event("2026-01-01T10:00:00Z", "c", "ping", "\"n\":3"), T.Event("2026-01-01T11:00:00Z", "c", "ping", "\"n\":7")).Only("entered");
        Assert.Equal(["2026-01-01T11:00:00Z c J entered"], lines);
    }

    [Fact]
    public void EntryAtWithoutLocalUsesTheWorkspaceZoneAndKnownContactsInIdOrder()
    {
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(),
            Settings = new WorkspaceSettings("Europe/Berlin"),
            Templates = [T.WebhookTemplate("hook")],
            Journeys = [
                new JourneyDef("Broadcast", [EntryAt.AtLocal(new LocalDateTime(2026, 5, 1, 9, 0), local: false, when: ctx => Ops.IsSet(ctx.Contact("email")))], [new SendStep(Channel.Webhook, "hook")]),
            ],
        };
        var lines = T.Run(ws,
            T.Profile("2026-04-01T10:00:00Z", "c2", "\"email\":\"b@x.io\""),
            T.Profile("2026-04-01T10:00:00Z", "c1", "\"email\":\"a@x.io\""),
            T.Profile("2026-04-01T10:00:00Z", "c3", ""),                      // the condition does not hold
            T.Profile("2026-05-01T07:00:00Z", "c0", "\"email\":\"z@x.io\"")).Only("entered"); // created at T: too late
        Assert.Equal(["2026-05-01T07:00:00Z c1 Broadcast entered", "2026-05-01T07:00:00Z c2 Broadcast entered"], lines);
    }

    [Fact]
    public void EntryAtLocalFiresAtTInEachContactsZone()
    {
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(),
            Settings = new WorkspaceSettings("Europe/Berlin"),
            Templates = [T.WebhookTemplate("hook")],
            Journeys = [new JourneyDef("Morning", [EntryAt.AtLocal(new LocalDateTime(2026, 5, 1, 9, 0), local: true)], [new SendStep(Channel.Webhook, "hook")])],
        };
        var lines = T.Run(ws,
            T.Profile("2026-04-01T10:00:00Z", "ny", "\"timezone\":\"America/New_York\""),
            T.Profile("2026-04-01T10:00:00Z", "tokyo", "\"timezone\":\"Asia/Tokyo\""),
            T.Profile("2026-04-01T10:00:00Z", "berlin", ""),                                   // workspace zone
            T.Profile("2026-05-01T05:00:00Z", "late", "\"timezone\":\"Asia/Tokyo\"")).Only("entered"); // after its own T (00:00Z)
        Assert.Equal(
            [
                "2026-05-01T00:00:00Z tokyo Morning entered",
                "2026-05-01T07:00:00Z berlin Morning entered",
                "2026-05-01T13:00:00Z ny Morning entered",
            ],
            lines);
    }
}
