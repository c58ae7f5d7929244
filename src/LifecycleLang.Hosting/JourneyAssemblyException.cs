namespace LifecycleLang.Hosting;

/// <summary>A journey assembly that cannot be loaded; the message names the file and what to do.</summary>
public sealed class JourneyAssemblyException(string message) : Exception(message);
