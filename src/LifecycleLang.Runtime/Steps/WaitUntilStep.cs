using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary><c>wait until HH:MM [local]</c>: the contact's zone with Local, else the workspace zone.</summary>
public sealed record WaitUntilStep(LocalTime Time, bool Local = false) : Step;
