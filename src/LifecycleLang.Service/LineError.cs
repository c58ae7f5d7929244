namespace LifecycleLang.Service;

/// <summary>Why one input line of a request was refused; <see cref="Line"/> counts every physical line of the body, from 1.</summary>
public sealed record LineError(int Line, string Reason);
