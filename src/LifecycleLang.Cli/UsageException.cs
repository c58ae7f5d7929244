namespace LifecycleLang.Cli;

/// <summary>Bad usage (a missing path, an unreadable file): reported in one line, exit code 2, never a stack trace.</summary>
internal sealed class UsageException(string message) : Exception(message);
