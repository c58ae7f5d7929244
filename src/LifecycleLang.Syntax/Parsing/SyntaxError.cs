using Antlr4.Runtime;
using LifecycleLang.Syntax.Diagnostics;

namespace LifecycleLang.Syntax.Parsing;

/// <summary>A parse error as the error strategy saw it, before it is placed in the source text.</summary>
internal sealed record SyntaxError(DiagnosticDescriptor Descriptor, string Message, IToken Offending, IToken? Previous);
