using System.Data.Common;
using LifecycleLang.Runtime;
using LifecycleLang.Service.Storage;

namespace LifecycleLang.Service.Outbox;

/// <summary>Writes outbox rows inside the caller's transaction (the state store's commit).</summary>
internal static class OutboxRows
{
    public static void Insert(DbTransaction transaction, OutboundMessage message)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        // The key is unique: if the same send were ever committed twice (it should not be), the
        // receiver still gets it once from us.
        command.CommandText =
            "INSERT INTO lifecycle_outbox (idempotency_key, contact, channel, message, created_at, attempts, next_attempt_at) " +
            "VALUES (@key, @contact, @channel, @message, @at, 0, @at) ON CONFLICT (idempotency_key) DO NOTHING";
        SqlStateStore.Parameter(command, "key", message.IdempotencyKey);
        SqlStateStore.Parameter(command, "contact", message.Contact);
        SqlStateStore.Parameter(command, "channel", message.Channel.Name());
        SqlStateStore.Parameter(command, "message", OutboxPayload.From(message).ToJson());
        SqlStateStore.Parameter(command, "at", message.At.ToUnixTimeSeconds());
        command.ExecuteNonQuery();
    }
}
