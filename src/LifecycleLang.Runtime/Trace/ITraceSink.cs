namespace LifecycleLang.Runtime;

/// <summary>Receives trace lines in the order the engine produces them.</summary>
public interface ITraceSink
{
    void Write(TraceLine line);
}
