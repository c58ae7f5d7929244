using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Semantics.Symbols;

/// <summary>Where something is written: a source text (a .journey file or a template file) and a span in it.</summary>
public sealed record SourceLocation(SourceText Source, TextSpan Span)
{
    public string Path => Source.Path;

    public LinePosition Start => Source.GetLinePosition(Span.Start);

    public LinePosition End => Source.GetLinePosition(Span.End);

    public override string ToString() => $"{Path}{Start}";
}
