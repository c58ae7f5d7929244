namespace LifecycleLang.Cli;

/// <summary>tooling.md: 0 success, 1 the journeys have errors, 2 bad usage (missing path, unreadable file, bad option).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Errors = 1;
    public const int Usage = 2;
}
