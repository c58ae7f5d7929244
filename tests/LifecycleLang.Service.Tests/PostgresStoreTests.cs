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
        command.CommandText = "DELETE FROM lifecycle_contacts; DELETE FROM lifecycle_meta; DELETE FROM lifecycle_outbox";
        command.ExecuteNonQuery();
        return dialect;
    }

    [PostgresFact]
    public void Committed_state_and_outbox_survive_a_new_store() => StoreContract.Round_trip(Fresh());

    [PostgresFact]
    public void Discard_forgets_uncommitted_saves() => StoreContract.Discard_forgets(Fresh());
}
