namespace LifecycleLang.Emit;

/// <summary>
/// A Roslyn error in generated code: always a LifecycleLang bug, reported with the .journey position
/// that the #line directives map it to (or the generated line when it falls outside mapped code).
/// </summary>
public sealed record GeneratedCodeError(string Path, int Line, int Column, string Id, string Message)
{
    public override string ToString() => $"{Path}({Line},{Column}): error {Id}: {Message}";
}
