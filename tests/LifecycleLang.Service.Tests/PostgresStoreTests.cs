using LifecycleLang.Runtime;
using LifecycleLang.Service.Storage;

namespace LifecycleLang.Service.Tests;

/// <summary>
/// The same contract on PostgreSQL. Runs only when LIFECYCLE_TEST_POSTGRES holds a connection string
/// to a database the tests may empty (they delete the lifecycle_* rows); CI does not set it.
/// </summary>
public sealed class PostgresStoreTests
{
    private static SqlDialect Fresh()
    {
        var dialect = new PostgresDialect(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!);
        dialect.EnsureSchema();
        using var connection = dialect.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM lifecycle_contacts; DELETE FROM lifecycle_meta; DELETE FROM lifecycle_outbox; DELETE FROM lifecycle_trace";
        command.ExecuteNonQuery();
        return dialect;
    }

    [PostgresFact]
    public void Committed_state_and_outbox_survive_a_new_store() => StoreContract.Round_trip(Fresh());

    [PostgresFact]
    public void Discard_forgets_uncommitted_saves() => StoreContract.Discard_forgets(Fresh());

    [PostgresFact]
    public void The_service_on_postgres_gives_the_simulators_trace_and_survives_a_restart()
    {
        const string name = "p2-warm-leads";
        var events = TestWorkspace.Events(name);
        var records = new InputReader(TestWorkspace.Get(name)).Read(events).Records;
        var end = records[^1].At + Simulator.Horizon;
        var clock = new FakeClock(records[^1].At);
        var dialect = Fresh();
        var trace = new StringWriter { NewLine = "\n" };
        var settings = new ServiceSettings(NodaTime.Duration.Zero, NodaTime.Duration.FromDays(3650), NodaTime.Duration.FromSeconds(5));
        using (var store = new SqlStateStore(dialect, TestWorkspace.Version(name)))
        {
            var service = new JourneyService(TestWorkspace.Get(name), store, clock, settings, TextWriterLog.None, trace);
            Assert.True(service.Submit(events).Succeeded || records.Any(r => r is InvalidInput));
        }
        using (var store = new SqlStateStore(dialect, TestWorkspace.Version(name)))
        {
            clock.Now = end;
            new JourneyService(TestWorkspace.Get(name), store, clock, settings, TextWriterLog.None, trace).FireDueTimers();
        }
        var expected = ServiceHarness.Simulate(name, events, end);
        Assert.Equal(expected, trace.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
