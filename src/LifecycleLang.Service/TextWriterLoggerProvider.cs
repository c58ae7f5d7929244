using Microsoft.Extensions.Logging;

namespace LifecycleLang.Service;

/// <summary>One plain line per message to a writer (stderr for <c>lifecycle run</c>), so stdout carries only the trace.</summary>
public sealed class TextWriterLoggerProvider(TextWriter writer) : ILoggerProvider
{
    private readonly object _gate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string category, string message)
    {
        lock (_gate)
        {
            writer.WriteLine($"lifecycle run: {level.ToString().ToLowerInvariant()}: {message}" + (category.StartsWith("LifecycleLang", StringComparison.Ordinal) ? "" : $" [{category}]"));
            writer.Flush();
        }
    }

    private sealed class Logger(TextWriterLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) =>
            logLevel >= (category.StartsWith("LifecycleLang", StringComparison.Ordinal) ? LogLevel.Information : LogLevel.Warning);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(logLevel, category, formatter(state, exception));
            }
        }
    }
}
