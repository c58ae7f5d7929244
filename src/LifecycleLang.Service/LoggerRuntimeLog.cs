using LifecycleLang.Runtime;
using Microsoft.Extensions.Logging;

namespace LifecycleLang.Service;

/// <summary>The engine's operator messages, into the host's log.</summary>
public sealed class LoggerRuntimeLog(ILogger logger) : IRuntimeLog
{
    public void Info(string message) => logger.LogInformation("{Message}", message);
}
