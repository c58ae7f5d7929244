using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary><c>wait D</c>: resumes at exactly now + D (elapsed time).</summary>
public sealed record WaitStep(Duration Duration) : Step;
