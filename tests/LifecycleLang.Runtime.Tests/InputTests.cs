namespace LifecycleLang.Runtime.Tests;

public sealed class InputTests
{
    private static WorkspaceDef Workspace() => new()
    {
        Contact = T.Contact(
            new FieldDef("plan", FieldType.Enum("Plan", "Free", "Pro")),
            new FieldDef("born", FieldType.Date, Optional: true),
            new FieldDef("tags", FieldType.ListOf(FieldType.Text), Optional: true)),
        Events = [T.Ping, new EventDef("order", new FieldDef("sku", FieldType.Text), new FieldDef("qty", FieldType.Int, Optional: true))],
        Templates = [T.EmailTemplate("mail", "Hi {{ contact.first_name }}")],
        Journeys = [new JourneyDef("J", [new EntryOn("ping")], [new SendStep(Channel.Email, "mail")])],
    };

    private static string At(int line) => $"2026-01-01T10:{line:00}:00Z";

    [Fact]
    public void EveryKindOfBadLineIsRejectedWithItsLineNumberAndNothingChanges()
    {
        var lines = new (int Line, string Text, string? Reason)[]
        {
            (1, "{oops", "not valid JSON"),
            (2, "", null),
            (3, "[1,2]", "not a JSON object"),
            (4, "{'contact':'c1','event':'ping'}", "no \"at\""),
            (5, "{'at':'yesterday','contact':'c1','event':'ping'}", "\"at\" is not an RFC 3339 date-time"),
            (6, $"{{'at':'{At(6)}','contact':'c1','profile':{{'plan':'Free','email':'a@x.io','first_name':'Ann','tags':['a']}}}}", null),
            (7, $"{{'at':'{At(7)}','contact':'c1','event':'ping','extra':1}}", "unknown key \"extra\""),
            (8, $"{{'at':'{At(8)}','contact':'','event':'ping'}}", "\"contact\" must be a non-empty string"),
            (9, $"{{'at':'{At(9)}','contact':'c1','event':'ping','profile':{{}}}}", "exactly one of"),
            (10, $"{{'at':'{At(10)}','contact':'c1'}}", "exactly one of"),
            (11, $"{{'at':'{At(11)}','contact':'c1','event':'nope'}}", "unknown event \"nope\""),
            (12, $"{{'at':'{At(12)}','contact':'c1','event':'stage_sla_breached','data':{{'funnel':'F','stage':'S'}}}}", "raised by the runtime only"),
            (13, $"{{'at':'{At(13)}','contact':'c1','event':'order','data':{{}}}}", "missing required field(s) sku"),
            (14, $"{{'at':'{At(14)}','contact':'c1','event':'order'}}", "needs \"data\""),
            (15, $"{{'at':'{At(15)}','contact':'c1','event':'order','data':{{'sku':'x','color':'red'}}}}", "has no field \"color\""),
            (16, $"{{'at':'{At(16)}','contact':'c1','event':'order','data':{{'sku':'x','qty':'abc'}}}}", "expected an int"),
            (17, $"{{'at':'{At(17)}','contact':'c1','event':'order','data':{{'sku':'x','qty':1.5}}}}", "expected an int"),
            (18, $"{{'at':'{At(18)}','contact':'c1','profile':{{'email':'not-an-email'}}}}", "expected an email address"),
            (19, $"{{'at':'{At(19)}','contact':'c1','profile':{{'phone':'12345'}}}}", "E.164"),
            (20, $"{{'at':'{At(20)}','contact':'c1','profile':{{'timezone':'Mars/Base'}}}}", "IANA time zone"),
            (21, $"{{'at':'{At(21)}','contact':'c1','profile':{{'plan':'free'}}}}", "not a member of Plan"),
            (22, $"{{'at':'{At(22)}','contact':'c1','event':'message_clicked','data':{{'template':'nope','channel':'email'}}}}", "not a declared template"),
            (23, $"{{'at':'{At(23)}','contact':'c9','event':'ping'}}", "send a profile first"),
            (24, $"{{'at':'{At(24)}','contact':'c8','profile':{{'first_name':'X'}}}}", "lacks required field(s) plan"),
            (25, $"{{'at':'{At(25)}','contact':'c1','profile':{{'plan':null}}}}", "required and cannot be unset"),
            (26, $"{{'at':'{At(26)}','contact':'c1','profile':{{'born':'2026-02-30'}}}}", "expected a date"),
            (27, $"{{'at':'{At(27)}','contact':'c1','profile':{{'first_name':'Bob','tags':['a',3]}}}}", "contact field \"tags\": item 1"),
            (28, $"{{'at':'{At(28)}','contact':'c1','profile':{{'id':'other'}}}}", "contact id"),
            (29, $"{{'at':'{At(29)}','contact':'c1','event':'order','data':{{'sku':'x','qty':null}}}}", null), // an optional field given as null is unset
            (30, $"{{'at':'{At(30)}','contact':'c1','event':'ping'}}", null), // data may be left out: ping has no required field
        };
        var text = string.Join("\n", lines.Select(l => l.Text.Replace('\'', '"'))) + "\n";
        var (trace, result, _) = SimulationHarness.Run(Workspace(), text);
        var rejected = trace.Select(T.Compact).Where(l => l.Contains(" rejected ")).ToList();
        int[] expectedOrder = [1, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28];
        Assert.Equal(expectedOrder, rejected.Select(l => int.Parse(l.Split("line=")[1].Split(' ')[0])));
        foreach (var (line, _, reason) in lines.Where(l => l.Reason is not null))
        {
            var traced = rejected.Single(l => l.Contains($"line={line} "));
            Assert.Contains(reason!, traced);
            var head = line is 1 or 3 or 4 or 5 ? "- -" : line == 8 ? $"{At(8)} -" : $"{At(line)} {(line == 23 ? "c9" : line == 24 ? "c8" : "c1")}";
            Assert.StartsWith(head + " - rejected", traced);
        }
        // The rejected line 27 changed nothing: the send at line 30 still greets Ann.
        Assert.Contains($"{At(30)} c1 J/1 sent channel=email template=mail subject=Hi Ann", trace.Select(T.Compact));
        Assert.Equal(26, result.Counters.Rejected);
    }

    [Fact]
    public void UnreadableLinesComeFirstWithNullAtAndContact()
    {
        var (trace, _, _) = SimulationHarness.Run(Workspace(), SimulationHarness.Lines(
            $"{{'at':'{At(1)}','contact':'c1','profile':{{'plan':'Free'}}}}",
            "42"));
        Assert.Equal("{\"at\":null,\"contact\":null,\"kind\":\"rejected\",\"line\":2,\"reason\":\"not a JSON object\"}", trace[0]);
    }

    [Fact]
    public void AnEventCreatesAContactOnlyWhenNoFieldIsRequired()
    {
        var ws = new WorkspaceDef { Contact = T.Contact(), Events = [T.Ping], Templates = [T.WebhookTemplate("hook")], Journeys = [new JourneyDef("J", [new EntryOn("ping")], [new SendStep(Channel.Webhook, "hook")])] };
        Assert.Contains("2026-01-01T10:00:00Z new J entered", T.Run(ws, T.Event("2026-01-01T10:00:00Z", "new", "ping")));
    }

    [Fact]
    public void ProfileUpsertsKeepOtherFieldsAndNullUnsetsAnOptionalField()
    {
        var ws = Workspace() with { Templates = [T.EmailTemplate("mail", "{{ contact.first_name | default: 'friend' }} {{ contact.tags | join: ',' }} {{ contact.id }}")] };
        var lines = T.Run(ws,
            T.Profile("2026-01-01T10:00:00Z", "c1", "\"plan\":\"Free\",\"email\":\"a@x.io\",\"first_name\":\"Ann\",\"tags\":[\"x\",\"y\"]"),
            T.Profile("2026-01-01T10:01:00Z", "c1", "\"first_name\":null"),
            T.Event("2026-01-01T10:02:00Z", "c1", "ping")).Only("sent");
        Assert.Equal(["2026-01-01T10:02:00Z c1 J/1 sent channel=email template=mail subject=friend x,y c1"], lines);
    }

    [Fact]
    public void BlankLinesAndWindowsLineEndsCountAsPhysicalLines()
    {
        var text = "\r\n\r\n{\"at\":\"2026-01-01T10:00:00Z\",\"contact\":\"c1\",\"event\":\"nope\"}\r\n";
        var (trace, _, _) = SimulationHarness.Run(Workspace(), text);
        Assert.Contains("\"line\":3", trace.Single());
    }
}
