using System.Data.Common;

namespace LifecycleLang.Service.Storage;

/// <summary>
/// What differs between the databases: how a connection is opened and the table definitions. Every
/// statement the stores run at request time (upserts with <c>ON CONFLICT</c>, <c>@name</c> parameters,
/// partial indexes) is the same SQL in SQLite and PostgreSQL, so the stores are written once.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>For messages: where the data is, never a password.</summary>
    public abstract string Describe { get; }

    /// <summary>The column type of an auto-numbered primary key.</summary>
    protected abstract string AutoIdColumn { get; }

    public abstract DbConnection Open();

    /// <summary>Creates the tables when missing; safe to run on every start.</summary>
    public void EnsureSchema()
    {
        using var connection = Open();
        foreach (var statement in SchemaStatements())
        {
            using var command = connection.CreateCommand();
            command.CommandText = statement;
            command.ExecuteNonQuery();
        }
    }

    protected virtual IEnumerable<string> SchemaStatements() =>
    [
        "CREATE TABLE IF NOT EXISTS lifecycle_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS lifecycle_contacts (id TEXT PRIMARY KEY, state TEXT NOT NULL, workspace_version TEXT NOT NULL, updated_at BIGINT NOT NULL)",
        $"""
        CREATE TABLE IF NOT EXISTS lifecycle_outbox (
          id {AutoIdColumn},
          idempotency_key TEXT NOT NULL UNIQUE,
          contact TEXT NOT NULL,
          channel TEXT NOT NULL,
          message TEXT NOT NULL,
          created_at BIGINT NOT NULL,
          attempts BIGINT NOT NULL,
          next_attempt_at BIGINT NOT NULL,
          delivered_at BIGINT NULL,
          failed_at BIGINT NULL,
          last_error TEXT NULL)
        """,
        $"CREATE TABLE IF NOT EXISTS lifecycle_trace (id {AutoIdColumn}, contact TEXT NULL, line TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS lifecycle_trace_contact ON lifecycle_trace (contact, id)",
        "CREATE INDEX IF NOT EXISTS lifecycle_outbox_pending ON lifecycle_outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL",
    ];

    public static SqlDialect For(StoreLocation location) => location.Kind switch
    {
        StoreKind.Sqlite => new SqliteDialect(location.Target),
        StoreKind.Postgres => new PostgresDialect(location.Target),
        _ => throw new ArgumentOutOfRangeException(nameof(location)),
    };
}
