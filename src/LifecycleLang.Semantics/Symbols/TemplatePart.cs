namespace LifecycleLang.Semantics.Symbols;

/// <summary>
/// One part of a template (`subject`, `body`, `text`, `url`, `method`, …). <see cref="Text"/> is the Liquid
/// source (for a file part, the file's content; null when the file is missing); <see cref="FilePath"/> is
/// the resolved path of a file part; <see cref="Value"/> is the bare name of a `method`.
/// </summary>
public sealed record TemplatePart(
    string Name,
    TemplatePartKind Kind,
    string? Text,
    string? FilePath,
    string? Value,
    SourceLocation Location);
