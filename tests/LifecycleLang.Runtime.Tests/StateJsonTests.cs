using NodaTime;

namespace LifecycleLang.Runtime.Tests;

public sealed class StateJsonTests
{
    [Fact]
    public void EveryRuntimeValueRoundTrips()
    {
        var at = Instant.FromUtc(2026, 1, 2, 3, 4, 5);
        var contact = new ContactState
        {
            Id = "c",
            CreatedAt = at,
            Profile =
            {
                ["n"] = 4999.99m,
                ["s"] = "text",
                ["b"] = true,
                ["d"] = new LocalDate(1990, 5, 17),
                ["i"] = at,
                ["l"] = Ops.List("a", 1m, new LocalDate(2026, 1, 1)),
            },
            RefreshAt = at,
        };
        contact.Journey("J").Active = new InstanceState
        {
            Id = 7, Journey = "J", ContactId = "c", EnteredAt = at,
            Stack = [new Frame { Block = "2/on:ping", Index = 1, ArmEvent = new EventRecord { Name = "ping", At = at, Seq = 3 } }],
            Wait = new WaitState { StepId = "2", Kind = WaitKind.QuietHours, Until = at, Seq = 4 },
        };
        var copy = StateJson.DeserializeContact(StateJson.Serialize(contact));
        foreach (var (key, value) in contact.Profile)
        {
            Assert.True(Ops.SameValue(value, copy.Profile[key]), key);
            Assert.Equal(value!.GetType(), copy.Profile[key]!.GetType());
        }
        Assert.Equal(at, copy.RefreshAt);
        var instance = copy.Journeys["J"].Active!;
        Assert.Equal(WaitKind.QuietHours, instance.Wait!.Kind);
        Assert.Equal("ping", instance.Stack[0].ArmEvent!.Name);
        Assert.Equal(StateJson.Serialize(contact), StateJson.Serialize(copy));
    }

    [Fact]
    public void AnEngineRestartedOnTheSameStoreContinuesExactly()
    {
        var inputs = Enumerable.Range(0, 120).Select(i => DeterminismTests.Line(i % 5, i * 13000, i % 12, i % 13)).ToList();
        var compiled = new CompiledWorkspace(DeterminismTests.Rich());
        var records = new InputReader(compiled).Read(string.Join("\n", inputs)).Records;

        var whole = new ListTraceSink();
        var engine = new Engine(compiled, new EngineOptions { Trace = whole });
        foreach (var r in records)
        {
            engine.Process(r);
        }
        engine.AdvanceTo(records[^1].At + Duration.FromDays(30));

        var parts = new ListTraceSink();
        var store = new JsonRoundTripStore();
        var first = new Engine(compiled, new EngineOptions { Store = store, Trace = parts });
        foreach (var r in records.Take(60))
        {
            first.Process(r);
        }
        var second = new Engine(compiled, new EngineOptions { Store = store, Trace = parts }); // a restart: timers are rebuilt from state
        foreach (var r in records.Skip(60))
        {
            second.Process(r);
        }
        second.AdvanceTo(records[^1].At + Duration.FromDays(30));

        Assert.Equal(whole.Lines.Select(TraceJson.Serialize), parts.Lines.Select(TraceJson.Serialize));
    }
}
