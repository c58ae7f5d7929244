using System.Data.Common;
using LifecycleLang.Service.Storage;
using NodaTime;

namespace LifecycleLang.Service.Outbox;

/// <summary>The outbox table for the delivery worker. It opens its own connections (pooled), so it
/// runs beside the engine lane without sharing the state store's connection.</summary>
public sealed class SqlOutboxStore(SqlDialect dialect) : IOutboxStore
{
    public IReadOnlyList<OutboxMessage> Due(Instant now, int limit)
    {
        using var connection = dialect.Open();
        using var command = Command(connection,
            "SELECT id, idempotency_key, message, attempts FROM lifecycle_outbox " +
            "WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= @now ORDER BY id LIMIT @limit");
        SqlStateStore.Parameter(command, "now", now.ToUnixTimeSeconds());
        SqlStateStore.Parameter(command, "limit", (long)limit);
        var due = new List<OutboxMessage>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var payload = OutboxPayload.FromJson(reader.GetString(2));
            due.Add(payload.ToMessage(reader.GetInt64(0), reader.GetString(1), (int)reader.GetInt64(3)));
        }
        return due;
    }

    public void MarkDelivered(long id, Instant now)
    {
        using var connection = dialect.Open();
        using var command = Command(connection, "UPDATE lifecycle_outbox SET delivered_at = @now, last_error = NULL WHERE id = @id");
        SqlStateStore.Parameter(command, "now", now.ToUnixTimeSeconds());
        SqlStateStore.Parameter(command, "id", id);
        command.ExecuteNonQuery();
    }

    public void MarkFailed(long id, int attempts, Instant? retryAt, string error, Instant now)
    {
        using var connection = dialect.Open();
        using var command = Command(connection,
            "UPDATE lifecycle_outbox SET attempts = @attempts, next_attempt_at = @next, failed_at = @failed, last_error = @error WHERE id = @id");
        SqlStateStore.Parameter(command, "attempts", (long)attempts);
        SqlStateStore.Parameter(command, "next", (retryAt ?? now).ToUnixTimeSeconds());
        SqlStateStore.Parameter(command, "failed", retryAt is null ? now.ToUnixTimeSeconds() : null);
        SqlStateStore.Parameter(command, "error", error);
        SqlStateStore.Parameter(command, "id", id);
        command.ExecuteNonQuery();
    }

    public OutboxCounts Counts()
    {
        using var connection = dialect.Open();
        using var command = Command(connection,
            "SELECT " +
            "COALESCE(SUM(CASE WHEN delivered_at IS NULL AND failed_at IS NULL THEN 1 ELSE 0 END), 0), " +
            "COALESCE(SUM(CASE WHEN delivered_at IS NOT NULL THEN 1 ELSE 0 END), 0), " +
            "COALESCE(SUM(CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END), 0) FROM lifecycle_outbox");
        using var reader = command.ExecuteReader();
        reader.Read();
        return new OutboxCounts(Convert.ToInt64(reader.GetValue(0)), Convert.ToInt64(reader.GetValue(1)), Convert.ToInt64(reader.GetValue(2)));
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
