using LifecycleLang.Service.Outbox;
using LifecycleLang.Service.Storage;

namespace LifecycleLang.Service.Tests;

/// <summary>A SQLite file in a fresh temporary folder, deleted with the test.</summary>
internal sealed class TempStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lifecycle-service-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "state.db");

    public StoreLocation Location => new(StoreKind.Sqlite, Path);

    public SqlDialect Dialect => new SqliteDialect(Path);

    public SqlStateStore Open(string version) => new(Dialect, version);

    public SqlOutboxStore Outbox() => new(Dialect);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // release the file before deleting it
        Directory.Delete(_folder, recursive: true);
    }
}
