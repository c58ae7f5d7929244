using System.Data.Common;
using LifecycleLang.Runtime;
using LifecycleLang.Service.Outbox;
using NodaTime;

namespace LifecycleLang.Service.Storage;

/// <summary>
/// The durable store for SQLite and PostgreSQL alike (<see cref="SqlDialect"/> holds the differences).
/// Contacts are rows of <see cref="StateJson"/>; the engine's <see cref="GlobalState"/> and the service
/// time live in <c>lifecycle_meta</c>. Reads within a unit of work return the same object for the same
/// id, because the engine mutates what it found and saves it later; the cache is dropped at every
/// commit so memory does not grow with the number of contacts. Not thread-safe: the service calls it
/// only from its single engine lane.
/// </summary>
public sealed class SqlStateStore : IServiceStore, IDisposable
{
    private const string GlobalKey = "global";
    private const string VersionKey = "workspace_version";
    private const string ServiceTimeKey = "service_time";

    private readonly SqlDialect _dialect;
    private readonly string _workspaceVersion;
    private readonly Dictionary<string, ContactState> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContactState> _dirty = new(StringComparer.Ordinal);
    private GlobalState? _global;
    private bool _globalDirty;
    private DbConnection? _connection;

    /// <param name="workspaceVersion">Written beside every contact row, so a later version can tell which rows it did not write.</param>
    public SqlStateStore(SqlDialect dialect, string workspaceVersion)
    {
        _dialect = dialect;
        _workspaceVersion = workspaceVersion;
        dialect.EnsureSchema();
    }

    public string Describe => _dialect.Describe;

    public ContactState? Find(string contactId)
    {
        if (_loaded.TryGetValue(contactId, out var cached))
        {
            return cached;
        }
        var json = CommittedContactJson(contactId);
        if (json is null)
        {
            return null;
        }
        var contact = StateJson.DeserializeContact(json);
        _loaded[contactId] = contact;
        return contact;
    }

    public void Save(ContactState contact)
    {
        _loaded[contact.Id] = contact;
        _dirty[contact.Id] = contact;
    }

    public IEnumerable<string> ContactIds()
    {
        var ids = new HashSet<string>(_dirty.Keys, StringComparer.Ordinal);
        using (var command = Command("SELECT id FROM lifecycle_contacts"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }
        // Ordinal (UTF-16) order as the spec requires; the databases' collations differ from it.
        var sorted = ids.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    public GlobalState LoadGlobal()
    {
        if (_global is null)
        {
            var json = ReadMeta(GlobalKey);
            _global = json is null ? new GlobalState() : StateJson.DeserializeGlobal(json);
        }
        return _global;
    }

    public void SaveGlobal(GlobalState state)
    {
        _global = state;
        _globalDirty = true;
    }

    public string? StoredWorkspaceVersion() => ReadMeta(VersionKey);

    public Instant? StoredServiceTime() =>
        ReadMeta(ServiceTimeKey) is { } text ? Instant.FromUnixTimeSeconds(long.Parse(text, System.Globalization.CultureInfo.InvariantCulture)) : null;

    public void WriteWorkspaceVersion(string version)
    {
        using var transaction = Connection().BeginTransaction();
        UpsertMeta(transaction, VersionKey, version);
        transaction.Commit();
    }

    public void Commit(IReadOnlyList<OutboundMessage> outbox, Instant serviceTime, IReadOnlyList<TraceLine>? trace = null)
    {
        try
        {
            using var transaction = Connection().BeginTransaction();
            var updatedAt = serviceTime.ToUnixTimeSeconds();
            foreach (var contact in _dirty.Values)
            {
                using var upsert = Command(
                    "INSERT INTO lifecycle_contacts (id, state, workspace_version, updated_at) VALUES (@id, @state, @version, @at) " +
                    "ON CONFLICT (id) DO UPDATE SET state = excluded.state, workspace_version = excluded.workspace_version, updated_at = excluded.updated_at",
                    transaction);
                Parameter(upsert, "id", contact.Id);
                Parameter(upsert, "state", StateJson.Serialize(contact));
                Parameter(upsert, "version", _workspaceVersion);
                Parameter(upsert, "at", updatedAt);
                upsert.ExecuteNonQuery();
            }
            if (_globalDirty && _global is not null)
            {
                UpsertMeta(transaction, GlobalKey, StateJson.Serialize(_global));
            }
            foreach (var message in outbox)
            {
                OutboxRows.Insert(transaction, message);
            }
            foreach (var line in trace ?? [])
            {
                using var insert = Command("INSERT INTO lifecycle_trace (contact, line) VALUES (@contact, @line)", transaction);
                Parameter(insert, "contact", line.Contact);
                Parameter(insert, "line", TraceJson.Serialize(line));
                insert.ExecuteNonQuery();
            }
            UpsertMeta(transaction, ServiceTimeKey, updatedAt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            transaction.Commit();
        }
        catch
        {
            // A broken connection must not be reused by the rebuild that follows.
            DropConnection();
            throw;
        }
        _dirty.Clear();
        _loaded.Clear();
        _globalDirty = false;
    }

    public void Discard()
    {
        _dirty.Clear();
        _loaded.Clear();
        _global = null;
        _globalDirty = false;
    }

    public string? CommittedContactJson(string contactId)
    {
        using var command = Command("SELECT state FROM lifecycle_contacts WHERE id = @id");
        Parameter(command, "id", contactId);
        return command.ExecuteScalar() as string;
    }

    public IReadOnlyList<string> CommittedTrace(string contactId, int limit)
    {
        using var command = Command("SELECT line FROM lifecycle_trace WHERE contact = @contact ORDER BY id DESC LIMIT @limit");
        Parameter(command, "contact", contactId);
        Parameter(command, "limit", (long)limit);
        var lines = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                lines.Add(reader.GetString(0));
            }
        }
        lines.Reverse();
        return lines;
    }

    public void Dispose() => DropConnection();

    private string? ReadMeta(string key)
    {
        using var command = Command("SELECT value FROM lifecycle_meta WHERE key = @key");
        Parameter(command, "key", key);
        return command.ExecuteScalar() as string;
    }

    private void UpsertMeta(DbTransaction transaction, string key, string value)
    {
        using var command = Command(
            "INSERT INTO lifecycle_meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", transaction);
        Parameter(command, "key", key);
        Parameter(command, "value", value);
        command.ExecuteNonQuery();
    }

    private DbConnection Connection() => _connection ??= _dialect.Open();

    private void DropConnection()
    {
        _connection?.Dispose();
        _connection = null;
    }

    private DbCommand Command(string sql, DbTransaction? transaction = null)
    {
        var command = (transaction?.Connection ?? Connection()).CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    internal static void Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
