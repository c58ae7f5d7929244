using System.Text.Json;

namespace LifecycleLang.LanguageServer.Protocol;

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record InitializeParams(
    int? ProcessId,
    string? RootUri,
    string? RootPath,
    WorkspaceFolder[]? WorkspaceFolders,
    JsonElement? Capabilities,
    JsonElement? InitializationOptions);

public sealed record ServerInfo(string Name, string? Version);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

public sealed record CompletionOptions(string[] TriggerCharacters, bool ResolveProvider);

public sealed record SignatureHelpOptions(string[] TriggerCharacters, string[]? RetriggerCharacters);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record CodeActionOptions(string[] CodeActionKinds);

public sealed record SemanticTokensLegend(string[] TokenTypes, string[] TokenModifiers);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full, bool Range);

public sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    CompletionOptions CompletionProvider,
    bool HoverProvider,
    SignatureHelpOptions SignatureHelpProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    bool DocumentHighlightProvider,
    bool DocumentSymbolProvider,
    bool WorkspaceSymbolProvider,
    CodeActionOptions CodeActionProvider,
    bool? DocumentFormattingProvider,
    RenameOptions RenameProvider,
    bool FoldingRangeProvider,
    SemanticTokensOptions SemanticTokensProvider);

/// <summary>`textDocumentSync.change`: 2 = incremental.</summary>
public static class TextDocumentSyncKind
{
    public const int Full = 1;
    public const int Incremental = 2;
}

public sealed record LogMessageParams(int Type, string Message);
