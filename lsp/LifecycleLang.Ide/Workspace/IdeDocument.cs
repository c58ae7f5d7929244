using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Ide.Workspace;

/// <summary>
/// One .journey file as the editor sees it: its current text, the editor's version (null for a file read
/// from disk that no editor has open) and its syntax tree, parsed on first use and then kept.
/// Immutable: an edit makes a new document.
/// </summary>
public sealed class IdeDocument
{
    private readonly Lazy<SyntaxTree> _tree;

    public IdeDocument(SourceText text, int? version, bool isOpen)
    {
        Text = text;
        Version = version;
        IsOpen = isOpen;
        _tree = new Lazy<SyntaxTree>(() => SyntaxTree.Parse(Text));
    }

    public string Path => Text.Path;

    public SourceText Text { get; }

    /// <summary>The editor's version of the text (LSP's document version); null when read from disk.</summary>
    public int? Version { get; }

    /// <summary>True while an editor has the document open (its text comes from the editor, not the disk).</summary>
    public bool IsOpen { get; }

    /// <summary>The syntax tree; always produced, even for broken text.</summary>
    public SyntaxTree Tree => _tree.Value;

    public bool IsParsed => _tree.IsValueCreated;
}
