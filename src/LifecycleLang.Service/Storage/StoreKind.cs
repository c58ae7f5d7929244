namespace LifecycleLang.Service.Storage;

/// <summary>The database behind the service's store.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
