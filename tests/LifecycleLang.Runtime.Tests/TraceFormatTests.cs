using NodaTime;

namespace LifecycleLang.Runtime.Tests;

public sealed class TraceFormatTests
{
    private static WorkspaceDef Workspace() => new()
    {
        Contact = T.Contact(
            new FieldDef("budget", FieldType.Number, Optional: true),
            new FieldDef("born", FieldType.Date, Optional: true),
            new FieldDef("tags", FieldType.ListOf(FieldType.Text), Optional: true)),
        Events = [T.Buy],
        ScoreModels = [new ScoreModelDef("value", [new OnScoreRule(2.50m, "buy")])],
        Templates = [
            T.WebhookTemplate("hook", "https://x.test/?b={{ contact.budget }}&d={{ contact.budget | times: 2 }}&t={{ contact.budget | divided_by: 3 | round: 2 }}&s={{ event.amount }}&born={{ contact.born }}&tiny={{ 0.00000001 | plus: 0 }}"),
        ],
        Journeys = [
            new JourneyDef("J", [new EntryOn("buy")], [
                new SetStep("budget", ctx => Ops.Add(Ops.Coalesce(ctx.Contact("budget"), 0m), 1000.00m)),
                new SetStep("tags", ctx => Ops.Add(Ops.Coalesce(ctx.Contact("tags"), ValueList.Empty), Ops.List("vip"))),
                new ScoreStep("value", 0.10m),
                new SendStep(Channel.Webhook, "hook"),
            ]),
        ],
    };

    [Fact]
    public void KeysComeInOrderAndNumbersHaveNoTrailingZerosOrExponents()
    {
        var (trace, _, _) = SimulationHarness.Run(Workspace(), SimulationHarness.Lines(
            "{'at':'2026-01-01T10:00:00Z','contact':'c','profile':{'budget':2000.000,'born':'1990-05-17'}}",
            "{'at':'2026-01-01T11:00:00+00:00','contact':'c','event':'buy','data':{'amount':4999.990}}"));
        Assert.Equal(
            [
                "{\"at\":\"2026-01-01T11:00:00Z\",\"contact\":\"c\",\"kind\":\"score\",\"model\":\"value\",\"delta\":2.5,\"value\":2.5}",
                "{\"at\":\"2026-01-01T11:00:00Z\",\"contact\":\"c\",\"journey\":\"J\",\"kind\":\"entered\"}",
                "{\"at\":\"2026-01-01T11:00:00Z\",\"contact\":\"c\",\"journey\":\"J\",\"step\":\"1\",\"kind\":\"set\",\"field\":\"budget\",\"value\":3000}",
                "{\"at\":\"2026-01-01T11:00:00Z\",\"contact\":\"c\",\"journey\":\"J\",\"step\":\"2\",\"kind\":\"set\",\"field\":\"tags\",\"value\":[\"vip\"]}",
                "{\"at\":\"2026-01-01T11:00:00Z\",\"contact\":\"c\",\"journey\":\"J\",\"step\":\"3\",\"kind\":\"score\",\"model\":\"value\",\"delta\":0.1,\"value\":2.6}",
                "{\"at\":\"2026-01-01T11:00:00Z\",\"contact\":\"c\",\"journey\":\"J\",\"step\":\"4\",\"kind\":\"sent\",\"channel\":\"webhook\",\"template\":\"hook\",\"url\":\"https://x.test/?b=3000&d=6000&t=1000&s=4999.99&born=1990-05-17&tiny=0.00000001\"}",
                "{\"at\":\"2026-01-01T11:00:00Z\",\"contact\":\"c\",\"journey\":\"J\",\"kind\":\"exited\",\"reason\":\"completed\"}",
            ],
            trace);
    }

    [Theory]
    [InlineData("3000", "3000")]
    [InlineData("3000.00", "3000")]
    [InlineData("4999.990", "4999.99")]
    [InlineData("0.00000001", "0.00000001")]
    [InlineData("-12.50", "-12.5")]
    [InlineData("0.0", "0")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void NumberFormat(string input, string expected) =>
        Assert.Equal(expected, LifecycleLang.Runtime.NumberFormat.Format(decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void NonAsciiTextIsWrittenAsUtf8AndEscapesAreValidJson()
    {
        var line = TraceJson.Serialize(new TraceLine(Instant.FromUtc(2026, 1, 1, 0, 0), "ü\"1", null, null, "rejected", [new("line", null), new("reason", "naïve <b> & \\")]));
        Assert.Equal("{\"at\":\"2026-01-01T00:00:00Z\",\"contact\":\"ü\\\"1\",\"kind\":\"rejected\",\"line\":null,\"reason\":\"naïve <b> & \\\\\"}", line);
    }

    [Fact]
    public void StageLinesCarryJourneyAndStepAndFromNull()
    {
        var ws = new WorkspaceDef
        {
            Events = [T.Go],
            Funnels = [new FunnelDef("F", [new StageDef("A")])],
            Journeys = [new JourneyDef("J", [new EntryOn("go")], [new StageStep("A") { Label = "start" }, new ExitStep()])],
        };
        var (trace, _, _) = SimulationHarness.Run(ws, SimulationHarness.Lines(T.Event("2026-01-01T00:00:00Z", "c", "go")));
        Assert.Equal("{\"at\":\"2026-01-01T00:00:00Z\",\"contact\":\"c\",\"journey\":\"J\",\"step\":\"start\",\"kind\":\"stage\",\"funnel\":\"F\",\"stage\":\"A\",\"from\":null}", trace[1]);
        Assert.Equal("{\"at\":\"2026-01-01T00:00:00Z\",\"contact\":\"c\",\"journey\":\"J\",\"step\":\"2\",\"kind\":\"exited\",\"reason\":\"exit\"}", trace[2]);
    }

    [Fact]
    public void LiquidNowIsThePassInstantNotTheMachineClock()
    {
        var ws = new WorkspaceDef
        {
            Events = [T.Go],
            Templates = [T.WebhookTemplate("hook", "https://x.test/{{ 'now' | date: '%Y-%m-%d %H:%M' }}")],
            Journeys = [new JourneyDef("J", [new EntryOn("go")], [new SendStep(Channel.Webhook, "hook")])],
        };
        Assert.Contains("2021-06-01T08:30:00Z c J/1 sent channel=webhook template=hook url=https://x.test/2021-06-01 08:30",
            T.Run(ws, T.Event("2021-06-01T08:30:00Z", "c", "go")));
    }
}
