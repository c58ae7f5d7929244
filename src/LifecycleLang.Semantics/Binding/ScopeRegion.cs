using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Semantics.Binding;

/// <summary>A span of a file and the scope expressions in it see; the innermost region wins.</summary>
internal sealed record ScopeRegion(string Path, TextSpan Span, ExpressionScope Scope);
