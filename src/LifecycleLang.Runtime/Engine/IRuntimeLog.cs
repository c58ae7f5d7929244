namespace LifecycleLang.Runtime;

/// <summary>Messages for the operator (the simulator writes them to stderr), never part of the trace.</summary>
public interface IRuntimeLog
{
    void Info(string message);
}
