using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace LifecycleLang.Service.Storage;

/// <summary>The embedded default: one SQLite file, in WAL mode so the delivery worker can read the
/// outbox while a request commits.</summary>
public sealed class SqliteDialect(string path) : SqlDialect
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30, // seconds a writer waits for another's lock before failing
    }.ToString();

    public override string Describe => "sqlite:" + path;

    protected override string AutoIdColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        // FULL: a commit the service acknowledged survives a power cut, not just a process crash.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
