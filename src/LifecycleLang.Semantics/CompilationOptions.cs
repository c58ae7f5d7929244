namespace LifecycleLang.Semantics;

/// <summary>
/// How a compilation reaches the world outside its syntax trees. <see cref="ReadFile"/> reads template
/// files (`body file "templates/x.liquid"`): it returns the text, or null when there is no such file.
/// The language server passes one that sees unsaved editor buffers; tests pass an in-memory one.
/// </summary>
public sealed record CompilationOptions(Func<string, string?> ReadFile)
{
    public static CompilationOptions Default { get; } = new(ReadFromDisk);

    private static string? ReadFromDisk(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
