namespace LifecycleLang.Semantics.Symbols;

public enum TemplatePartKind
{
    /// <summary>A string or triple-quoted string written in the .journey file.</summary>
    Inline,

    /// <summary>`file "PATH"`, relative to the .journey file.</summary>
    File,

    /// <summary>A bare name (only `method` of a webhook).</summary>
    Name,
}
