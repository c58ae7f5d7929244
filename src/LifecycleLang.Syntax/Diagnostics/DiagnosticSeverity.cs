namespace LifecycleLang.Syntax.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
    Info,
}
