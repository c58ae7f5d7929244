namespace LifecycleLang.Service.Tests;

/// <summary>A fact that is skipped (and says how to run it) unless a PostgreSQL database is given.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "LIFECYCLE_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"set {Variable}=<Npgsql connection string> to run the PostgreSQL store tests";
        }
    }
}
