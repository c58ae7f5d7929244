namespace LifecycleLang.LanguageServer.Protocol;

public sealed record CompletionContext(int TriggerKind, string? TriggerCharacter);

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position, CompletionContext? Context)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record CompletionItem(string Label, int Kind, string? Detail, MarkupContent? Documentation, string? SortText, TextEdit? TextEdit, CompletionItemData? Data);

/// <summary>What `completionItem/resolve` needs to find the item's symbol again (our own `data` payload).</summary>
public sealed record CompletionItemData(string Kind, string? Container);

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record DocumentHighlight(Range Range, int Kind);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[]? Children);

public sealed record WorkspaceSymbolParams(string Query);

public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

public sealed record SemanticTokens(int[] Data);

public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

public sealed record FoldingRange(int StartLine, int EndLine, string? Kind);

public sealed record CodeActionContext(Diagnostic[] Diagnostics, string[]? Only);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeAction(string Title, string Kind, Diagnostic[]? Diagnostics, WorkspaceEdit Edit, bool? IsPreferred);

public sealed record SignatureHelpParams(TextDocumentIdentifier TextDocument, Position Position)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record ParameterInformation(string Label, MarkupContent? Documentation);

public sealed record SignatureInformation(string Label, MarkupContent? Documentation, ParameterInformation[] Parameters);

public sealed record SignatureHelp(SignatureInformation[] Signatures, int ActiveSignature, int ActiveParameter);

public sealed record FormattingOptions(int TabSize, bool InsertSpaces);

public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options);

/// <summary>The custom request `lifecycle/graph`: a journey's flowchart as Mermaid.</summary>
public sealed record GraphParams(string Uri, string? Journey, Position? Position);

public sealed record GraphResult(string Mermaid);

/// <summary>LSP's CompletionItemKind, SymbolKind and DocumentHighlightKind numbers that this server uses.</summary>
public static class Kinds
{
    public static class Completion
    {
        public const int Function = 3, Field = 5, Variable = 6, Class = 7, Module = 9, Property = 10, Unit = 11, Enum = 13,
            Keyword = 14, EnumMember = 20, Constant = 21, Event = 23, TypeParameter = 25;
    }

    public static class Symbol
    {
        public const int Module = 2, Namespace = 3, Class = 5, Method = 6, Property = 7, Field = 8, Enum = 10, Function = 12,
            Variable = 13, Object = 19, EnumMember = 22, Struct = 23, Event = 24;
    }

    public static class Highlight
    {
        public const int Read = 2, Write = 3;
    }
}
