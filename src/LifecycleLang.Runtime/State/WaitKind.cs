namespace LifecycleLang.Runtime;

/// <summary>Why an instance is paused.</summary>
public enum WaitKind
{
    /// <summary><c>wait D</c> or <c>wait until</c>: only the deadline resumes it.</summary>
    Timed,

    /// <summary><c>wait for</c> or a multi-arm <c>wait up to</c>: an awaited event or the deadline.</summary>
    Event,

    /// <summary>A send held by quiet hours: released at the window's end, when the send is retried.</summary>
    QuietHours,
}
