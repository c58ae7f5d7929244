namespace LifecycleLang.LanguageServer.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>A change: with <see cref="Range"/> an incremental edit, without it the whole new text.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, int? RangeLength, string Text);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

/// <summary>`type`: 1 created, 2 changed, 3 deleted.</summary>
public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

/// <summary>`tags`: 1 = unnecessary (editors fade the text), 2 = deprecated.</summary>
public sealed record Diagnostic(Range Range, int Severity, string Code, string Source, string Message, int[]? Tags = null);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, Diagnostic[] Diagnostics);

/// <summary>1 error, 2 warning, 3 information, 4 hint.</summary>
public static class DiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
}
