namespace LifecycleLang.Runtime;

/// <summary>Writes runtime messages to a text writer (stderr for the simulator).</summary>
public sealed class TextWriterLog(TextWriter writer) : IRuntimeLog
{
    public static readonly IRuntimeLog None = new TextWriterLog(TextWriter.Null);

    public void Info(string message) => writer.WriteLine(message);
}
