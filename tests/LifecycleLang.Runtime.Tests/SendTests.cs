using NodaTime;

namespace LifecycleLang.Runtime.Tests;

public sealed class SendTests
{
    private static WorkspaceDef Sender(WorkspaceSettings settings, Channel channel = Channel.Email, params ExitDef[] exits) => new()
    {
        Contact = T.Contact(),
        Events = [T.Ping, T.Go],
        Settings = settings,
        Templates = [T.EmailTemplate("mail", "Hi {{ contact.first_name | default: 'you' }}"), T.SmsTemplate("text"), T.WebhookTemplate("hook")],
        Journeys = [
            new JourneyDef("J", [new EntryOn("ping")], [
                new SendStep(channel, channel switch { Channel.Email => "mail", Channel.Sms => "text", _ => "hook" }),
                new SendStep(Channel.Webhook, "hook"),
            ]) { Reentry = Reentry.Always, Exits = exits },
        ],
    };

    private const string Contact = "\"email\":\"c@x.io\",\"phone\":\"+4915112345678\"";

    [Fact]
    public void QuietHoursAcrossMidnightHoldTheSendUntilTheWindowEnds()
    {
        var ws = Sender(new WorkspaceSettings("Europe/Berlin", new QuietHours(new LocalTime(21, 0), new LocalTime(8, 0))));
        var lines = T.Run(ws,
            T.Profile("2026-01-10T00:00:00Z", "a", Contact),
            T.Profile("2026-01-10T00:00:00Z", "b", Contact),
            T.Profile("2026-01-10T00:00:00Z", "c", Contact),
            T.Profile("2026-01-10T00:00:00Z", "d", Contact),
            T.Event("2026-01-10T21:30:00Z", "a", "ping"),  // 22:30 local: held until 08:00 (07:00Z) next day
            T.Event("2026-01-11T06:59:00Z", "b", "ping"),  // 07:59 local: held one minute
            T.Event("2026-01-11T07:00:00Z", "c", "ping"),  // 08:00 local: the window is [21:00, 08:00)
            T.Event("2026-01-11T19:59:59Z", "d", "ping")); // 20:59:59 local
        Assert.Equal(
            [
                "2026-01-10T21:30:00Z a J entered",
                "2026-01-10T21:30:00Z a J/1 waiting until=2026-01-11T07:00:00Z",
                "2026-01-11T06:59:00Z b J entered",
                "2026-01-11T06:59:00Z b J/1 waiting until=2026-01-11T07:00:00Z",
                "2026-01-11T07:00:00Z a J/1 resumed by=quiet_hours",
                "2026-01-11T07:00:00Z a J/1 sent channel=email template=mail subject=Hi you",
                "2026-01-11T07:00:00Z a J/2 sent channel=webhook template=hook url=https://x.test/",
                "2026-01-11T07:00:00Z a J exited reason=completed",
                "2026-01-11T07:00:00Z b J/1 resumed by=quiet_hours",
                "2026-01-11T07:00:00Z b J/1 sent channel=email template=mail subject=Hi you",
                "2026-01-11T07:00:00Z b J/2 sent channel=webhook template=hook url=https://x.test/",
                "2026-01-11T07:00:00Z b J exited reason=completed",
                "2026-01-11T07:00:00Z c J entered",
                "2026-01-11T07:00:00Z c J/1 sent channel=email template=mail subject=Hi you",
                "2026-01-11T07:00:00Z c J/2 sent channel=webhook template=hook url=https://x.test/",
                "2026-01-11T07:00:00Z c J exited reason=completed",
                "2026-01-11T19:59:59Z d J entered",
                "2026-01-11T19:59:59Z d J/1 sent channel=email template=mail subject=Hi you",
                "2026-01-11T19:59:59Z d J/2 sent channel=webhook template=hook url=https://x.test/",
                "2026-01-11T19:59:59Z d J exited reason=completed",
            ],
            lines);
    }

    [Fact]
    public void WebhooksIgnoreQuietHours()
    {
        var ws = Sender(new WorkspaceSettings("UTC", new QuietHours(new LocalTime(21, 0), new LocalTime(8, 0))), Channel.Webhook);
        Assert.Equal(2, T.Run(ws, T.Event("2026-01-10T23:00:00Z", "a", "ping")).Only("sent").Count);
    }

    [Fact]
    public void JourneyQuietHoursOverrideTheWorkspaceAndTheContactZoneApplies()
    {
        var ws = Sender(new WorkspaceSettings("UTC", new QuietHours(new LocalTime(21, 0), new LocalTime(8, 0))));
        ws = ws with { Journeys = [ws.Journeys[0] with { QuietHours = new QuietHours(new LocalTime(12, 0), new LocalTime(13, 0)) }] };
        var lines = T.Run(ws,
            T.Profile("2026-01-10T00:00:00Z", "a", Contact + ",\"timezone\":\"Asia/Tokyo\""),
            T.Event("2026-01-10T03:30:00Z", "a", "ping")); // 12:30 in Tokyo
        Assert.Contains("2026-01-10T03:30:00Z a J/1 waiting until=2026-01-10T04:00:00Z", lines);
    }

    [Fact]
    public void AHeldInstanceIsActiveSoExitsApply()
    {
        var ws = Sender(new WorkspaceSettings("UTC", new QuietHours(new LocalTime(21, 0), new LocalTime(8, 0))), Channel.Email, new ExitOn("go"));
        var lines = T.Run(ws, T.Profile("2026-01-10T00:00:00Z", "a", Contact), T.Event("2026-01-10T22:00:00Z", "a", "ping"), T.Event("2026-01-10T23:00:00Z", "a", "go"));
        Assert.Equal("2026-01-10T23:00:00Z a J exited reason=exit", lines[^1]);
        Assert.Empty(lines.Only("sent", "resumed"));
    }

    [Fact]
    public void QuietHoursEndingInADaylightSavingGapEndAtTheFirstInstantAfterIt()
    {
        // 2026-03-08 in New York: 02:00 EST jumps to 03:00 EDT; 02:30 does not exist.
        var ws = Sender(new WorkspaceSettings("America/New_York", new QuietHours(new LocalTime(22, 0), new LocalTime(2, 30))));
        var lines = T.Run(ws, T.Profile("2026-03-01T00:00:00Z", "a", Contact), T.Event("2026-03-08T06:30:00Z", "a", "ping")); // 01:30 EST
        Assert.Contains("2026-03-08T06:30:00Z a J/1 waiting until=2026-03-08T07:00:00Z", lines); // 03:00 EDT
    }

    [Fact]
    public void QuietHoursEndingInARepeatedHourEndAtItsFirstOccurrence()
    {
        // 2026-11-01 in New York: 02:00 EDT falls back to 01:00 EST; 01:30 occurs at 05:30Z and 06:30Z.
        var ws = Sender(new WorkspaceSettings("America/New_York", new QuietHours(new LocalTime(22, 0), new LocalTime(1, 30))));
        var lines = T.Run(ws,
            T.Profile("2026-10-01T00:00:00Z", "a", Contact),
            T.Profile("2026-10-01T00:00:00Z", "b", Contact),
            T.Profile("2026-10-01T00:00:00Z", "c", Contact),
            T.Event("2026-11-01T05:00:00Z", "a", "ping"),  // 01:00 EDT: held until the first 01:30
            T.Event("2026-11-01T05:45:00Z", "b", "ping"),  // 01:45 EDT: after the window
            T.Event("2026-11-01T06:15:00Z", "c", "ping")); // 01:15 EST (second pass): not quiet
        Assert.Contains("2026-11-01T05:00:00Z a J/1 waiting until=2026-11-01T05:30:00Z", lines);
        Assert.Contains("2026-11-01T05:45:00Z b J/1 sent channel=email template=mail subject=Hi you", lines);
        Assert.Contains("2026-11-01T06:15:00Z c J/1 sent channel=email template=mail subject=Hi you", lines);
    }

    [Fact]
    public void FrequencyCapsCountOnlyRealSendsInTheWindow()
    {
        var ws = Sender(new WorkspaceSettings(Caps: [new FrequencyCap(Channel.Email, 2, Duration.FromDays(1))]));
        var lines = T.Run(ws,
            T.Profile("2026-01-01T00:00:00Z", "a", Contact),
            T.Event("2026-01-01T10:00:00Z", "a", "ping"),  // sent (1)
            T.Event("2026-01-01T11:00:00Z", "a", "ping"),  // sent (2)
            T.Event("2026-01-01T12:00:00Z", "a", "ping"),  // capped: does not count
            T.Event("2026-01-02T10:00:00Z", "a", "ping"),  // window (Jan 1 10:00, Jan 2 10:00]: only 11:00 counts
            T.Event("2026-01-02T10:30:00Z", "a", "ping")).Only("sent", "suppressed").Where(l => l.Contains("email")).ToList();
        Assert.Equal(
            [
                "2026-01-01T10:00:00Z a J/1 sent channel=email template=mail subject=Hi you",
                "2026-01-01T11:00:00Z a J/1 sent channel=email template=mail subject=Hi you",
                "2026-01-01T12:00:00Z a J/1 suppressed channel=email template=mail reason=frequency_cap",
                "2026-01-02T10:00:00Z a J/1 sent channel=email template=mail subject=Hi you",
                "2026-01-02T10:30:00Z a J/1 suppressed channel=email template=mail reason=frequency_cap",
            ],
            lines);
    }

    [Fact]
    public void CapsAreAcrossJourneysAndPerChannel()
    {
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(),
            Events = [T.Ping],
            Settings = new WorkspaceSettings(Caps: [new FrequencyCap(Channel.Email, 1, Duration.FromDays(7))]),
            Templates = [T.EmailTemplate("mail"), T.SmsTemplate("text")],
            Journeys = [
                new JourneyDef("A", [new EntryOn("ping")], [new SendStep(Channel.Email, "mail")]),
                new JourneyDef("B", [new EntryOn("ping")], [new SendStep(Channel.Email, "mail"), new SendStep(Channel.Sms, "text")]),
            ],
        };
        var lines = T.Run(ws, T.Profile("2026-01-01T00:00:00Z", "a", Contact), T.Event("2026-01-01T10:00:00Z", "a", "ping")).Only("sent", "suppressed");
        Assert.Equal(
            [
                "2026-01-01T10:00:00Z a A/1 sent channel=email template=mail subject=s",
                "2026-01-01T10:00:00Z a B/1 suppressed channel=email template=mail reason=frequency_cap",
                "2026-01-01T10:00:00Z a B/2 sent channel=sms template=text text=t",
            ],
            lines);
    }

    [Fact]
    public void UnsubscribeStopsLaterSendsOfThatChannelUntilResubscribed()
    {
        var ws = Sender(WorkspaceSettings.Default);
        var lines = T.Run(ws,
            T.Profile("2026-01-01T00:00:00Z", "a", Contact),
            T.Event("2026-01-01T10:00:00Z", "a", "ping"),
            T.Event("2026-01-01T11:00:00Z", "a", "message_unsubscribed", "\"template\":\"mail\",\"channel\":\"email\""),
            T.Event("2026-01-01T12:00:00Z", "a", "ping"),
            T.Event("2026-01-01T13:00:00Z", "a", "message_resubscribed", "\"channel\":\"email\""),
            T.Event("2026-01-01T14:00:00Z", "a", "ping")).Only("sent", "suppressed").Where(l => l.Contains("J/1")).ToList();
        Assert.Equal(
            [
                "2026-01-01T10:00:00Z a J/1 sent channel=email template=mail subject=Hi you",
                "2026-01-01T12:00:00Z a J/1 suppressed channel=email template=mail reason=unsubscribed",
                "2026-01-01T14:00:00Z a J/1 sent channel=email template=mail subject=Hi you",
            ],
            lines);
    }

    [Fact]
    public void ChecksComeInOrderAddressUnsubscribedQuietHoursCap()
    {
        var ws = Sender(new WorkspaceSettings("UTC", new QuietHours(new LocalTime(0, 0), new LocalTime(23, 59)), [new FrequencyCap(Channel.Email, 0, Duration.FromDays(1))]));
        var lines = T.Run(ws,
            T.Profile("2026-01-01T00:00:00Z", "noaddr", "\"first_name\":\"N\""),
            T.Profile("2026-01-01T00:00:00Z", "unsub", Contact),
            T.Event("2026-01-01T00:00:01Z", "unsub", "message_unsubscribed", "\"template\":\"mail\",\"channel\":\"email\""),
            T.Event("2026-01-01T10:00:00Z", "noaddr", "ping"),
            T.Event("2026-01-01T10:00:00Z", "unsub", "ping"));
        Assert.Contains("2026-01-01T10:00:00Z noaddr J/1 suppressed channel=email template=mail reason=no_address", lines);
        Assert.Contains("2026-01-01T10:00:00Z unsub J/1 suppressed channel=email template=mail reason=unsubscribed", lines);
        // After the quiet hours end, the cap (0 per day) is checked last.
        var held = T.Run(ws, T.Profile("2026-01-01T00:00:00Z", "a", Contact), T.Event("2026-01-01T10:00:00Z", "a", "ping"));
        Assert.True(held.Contains("2026-01-01T23:59:00Z a J/1 suppressed channel=email template=mail reason=frequency_cap"), string.Join("\n", held));
    }

    [Fact]
    public void NoAddressPerChannelAndWebhooksNeedNone()
    {
        var ws = Sender(WorkspaceSettings.Default, Channel.Sms);
        var lines = T.Run(ws, T.Profile("2026-01-01T00:00:00Z", "a", "\"email\":\"a@x.io\""), T.Event("2026-01-01T10:00:00Z", "a", "ping"));
        Assert.Contains("2026-01-01T10:00:00Z a J/1 suppressed channel=sms template=text reason=no_address", lines);
        Assert.Contains("2026-01-01T10:00:00Z a J/2 sent channel=webhook template=hook url=https://x.test/", lines);
    }

    [Fact]
    public void ChannelSinkReceivesEveryRenderedPartAndAnIdempotencyKey()
    {
        var ws = Sender(WorkspaceSettings.Default);
        var sink = new RecordingChannelSink();
        new Simulator(ws).Run(SimulationHarness.Lines(T.Profile("2026-01-01T00:00:00Z", "a", Contact + ",\"first_name\":\"Ann\""), T.Event("2026-01-01T10:00:00Z", "a", "ping")),
            TextWriter.Null, new SimulationOptions { Channels = sink });
        var mail = sink.Messages[0];
        Assert.Equal("Hi Ann", mail.Parts["subject"]);
        Assert.Equal("b", mail.Parts["body"]);
        Assert.Equal("c@x.io", mail.Address);
        Assert.Equal("J/a/1/1", mail.IdempotencyKey);
        Assert.Equal("POST", sink.Messages[1].Method);
    }
}
