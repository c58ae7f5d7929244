namespace LifecycleLang.Formatting;

/// <summary>What goes between the previous token and the next one in the canonical layout.</summary>
internal enum Sep
{
    /// <summary>Nothing: `contact.email`, `count(`.</summary>
    None,

    /// <summary>One space.</summary>
    Space,

    /// <summary>A new line; blank lines in the source before it are dropped (kept only after a comment).</summary>
    Line,

    /// <summary>A new line; one blank line of the source before it is kept.</summary>
    LineKeepBlank,

    /// <summary>A new line after exactly one blank line (between top-level declarations).</summary>
    BlankLine,

    /// <summary>A closing brace on its own line: no blank line before it.</summary>
    Close,

    /// <summary>A new line indented one continuation step (4 spaces) deeper: a long condition broken before `and`/`or`.</summary>
    Continuation,
}
