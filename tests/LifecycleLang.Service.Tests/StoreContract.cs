using LifecycleLang.Runtime;
using LifecycleLang.Service.Outbox;
using LifecycleLang.Service.Storage;
using NodaTime;

namespace LifecycleLang.Service.Tests;

/// <summary>What every <see cref="SqlDialect"/> must do, run against SQLite always and PostgreSQL when configured.</summary>
internal static class StoreContract
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 2, 2, 15, 0);

    public static void Round_trip(SqlDialect dialect)
    {
        var contact = new ContactState
        {
            Id = "p1",
            CreatedAt = T0,
            Profile = { ["email"] = "lee@example.com", ["budget"] = 3000m, ["tags"] = Ops.List("vip") },
            Counts = { ["trial_started"] = 2 },
            Segments = { "Active" },
        };
        contact.History["trial_started"] = [new EventRecord { Name = "trial_started", At = T0, Seq = 3 }];
        var send = new OutboundMessage(T0, "p1", "Trial", 1, "1", Channel.Email, "day0",
            new Dictionary<string, string> { ["subject"] = "Welcome" }, "lee@example.com", "POST");

        using (var store = new SqlStateStore(dialect, "v1"))
        {
            store.WriteWorkspaceVersion("v1");
            store.Save(contact);
            var global = store.LoadGlobal();
            global.NextSeq = 42;
            global.FiredBroadcasts.Add("Launch#0");
            store.SaveGlobal(global);
            store.Commit([send], T0, [new TraceLine(T0, "p1", "Trial", null, "entered", [])]);
        }

        using (var reopened = new SqlStateStore(dialect, "v1"))
        {
            Assert.Equal("v1", reopened.StoredWorkspaceVersion());
            Assert.Equal(T0, reopened.StoredServiceTime());
            Assert.Equal(["p1"], reopened.ContactIds());
            Assert.Equal(StateJson.Serialize(contact), StateJson.Serialize(reopened.Find("p1")!));
            Assert.Same(reopened.Find("p1"), reopened.Find("p1")); // the engine mutates what it found, then saves it
            var global = reopened.LoadGlobal();
            Assert.Equal(42, global.NextSeq);
            Assert.Contains("Launch#0", global.FiredBroadcasts);
            Assert.Equal(["""{"at":"2026-02-02T15:00:00Z","contact":"p1","journey":"Trial","kind":"entered"}"""], reopened.CommittedTrace("p1", 10));
        }

        var due = new SqlOutboxStore(dialect).Due(T0, 10);
        var row = Assert.Single(due);
        Assert.Equal("Trial/p1/1/1", row.IdempotencyKey);
        Assert.Equal("Welcome", row.Parts["subject"]);
        Assert.Equal("lee@example.com", row.Address);
        Assert.Empty(new SqlOutboxStore(dialect).Due(T0 - Duration.FromSeconds(1), 10)); // not due before it was made
    }

    public static void Discard_forgets(SqlDialect dialect)
    {
        using var store = new SqlStateStore(dialect, "v1");
        store.Save(new ContactState { Id = "kept", CreatedAt = T0 });
        store.Commit([], T0);
        store.Find("kept")!.Profile["plan"] = "Pro"; // mutated in memory, never saved
        store.Save(new ContactState { Id = "dropped", CreatedAt = T0 });
        store.Discard();
        Assert.Null(store.Find("dropped"));
        Assert.Null(store.CommittedContactJson("dropped"));
        Assert.False(store.Find("kept")!.Profile.ContainsKey("plan"));
        Assert.Equal(["kept"], store.ContactIds());
    }
}
