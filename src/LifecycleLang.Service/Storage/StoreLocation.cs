namespace LifecycleLang.Service.Storage;

/// <summary>Where state lives: <c>sqlite:FILE</c> (the embedded default) or <c>postgres:CONNECTION-STRING</c>.</summary>
public sealed record StoreLocation(StoreKind Kind, string Target)
{
    /// <summary>The default when <c>--store</c> is omitted: a SQLite file in the current folder.</summary>
    public static StoreLocation Default { get; } = new(StoreKind.Sqlite, "lifecycle.db");

    /// <exception cref="FormatException">The text names no known store; the message says what to write.</exception>
    public static StoreLocation Parse(string text)
    {
        var colon = text.IndexOf(':');
        var scheme = colon < 0 ? "" : text[..colon];
        var target = colon < 0 ? "" : text[(colon + 1)..];
        var kind = scheme switch
        {
            "sqlite" => StoreKind.Sqlite,
            "postgres" or "postgresql" => StoreKind.Postgres,
            _ => throw new FormatException($"--store {text}: give sqlite:FILE or postgres:CONNECTION-STRING, e.g. sqlite:lifecycle.db"),
        };
        if (target.Trim().Length == 0)
        {
            throw new FormatException($"--store {text}: the {scheme} store needs a {(kind == StoreKind.Sqlite ? "file name" : "connection string")} after '{scheme}:'");
        }
        return new StoreLocation(kind, target);
    }

    /// <summary>For messages: the file, or the connection string without its password.</summary>
    public string Describe() => Kind == StoreKind.Sqlite
        ? "sqlite:" + Target
        : "postgres:" + string.Join(';', Target.Split(';').Where(p => !p.TrimStart().StartsWith("password", StringComparison.OrdinalIgnoreCase)));
}
