using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Syntax.Diagnostics;

/// <summary>Replace <see cref="Span"/> of <see cref="Source"/> with <see cref="NewText"/>.</summary>
public sealed record TextEdit(SourceText Source, TextSpan Span, string NewText);
