using System.Collections.Immutable;
using LifecycleLang.Ide;
using LifecycleLang.Ide.Features;
using LifecycleLang.Ide.Workspace;
using LifecycleLang.LanguageServer.Protocol;
using LifecycleLang.Semantics;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Text;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;
using P = LifecycleLang.LanguageServer.Protocol;

namespace LifecycleLang.LanguageServer;

/// <summary>
/// The LSP handlers: each turns protocol shapes into an IDE-layer call and back, nothing more.
/// Messages are handled one at a time in arrival order (edits must apply in order); anything that needs a
/// check runs on the thread pool, so the next message is not held up by it. Completion never waits for a
/// check: it serves from the latest model computed. Diagnostics are published after the text rests for
/// <see cref="LanguageServerOptions.DiagnosticsDelay"/>; a check whose snapshot became stale is not published.
/// </summary>
public sealed class LifecycleLanguageServer : IDisposable
{
    private readonly JsonRpc _rpc;
    private readonly LanguageServerOptions _options;
    private readonly IdeWorkspace _workspace = new();
    private readonly DocumentUris _uris = new();
    private readonly TaskCompletionSource<bool> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _gate = new();
    private readonly HashSet<string> _published = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private CancellationTokenSource? _pendingCheck;
    private bool _shutdownRequested;
    private bool _registerWatchers;

    public LifecycleLanguageServer(Stream input, Stream output, LanguageServerOptions? options = null)
    {
        _options = options ?? new LanguageServerOptions();
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = ProtocolJson.Options };
        var handler = new HeaderDelimitedMessageHandler(output, input, formatter);
        _rpc = new JsonRpc(handler)
        {
            // One message at a time, in order; awaits inside handlers let the next message in.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        _rpc.AddLocalRpcTarget(this, new JsonRpcTargetOptions { AllowNonPublicInvocation = false });
    }

    /// <summary>Completes with true after `shutdown` then `exit`, false after `exit` alone or when the client goes away.</summary>
    public Task<bool> Exited => _exited.Task;

    public IdeWorkspace Workspace => _workspace;

    public void Start()
    {
        _rpc.Disconnected += (_, _) => _exited.TrySetResult(_shutdownRequested);
        _rpc.StartListening();
    }

    public void Dispose()
    {
        _pendingCheck?.Cancel();
        _rpc.Dispose();
    }

    // ------------------------------------------------------------------ lifecycle

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        var folders = request.WorkspaceFolders?.Select(f => f.Uri).ToList() ?? [];
        if (folders.Count == 0 && (request.RootUri ?? request.RootPath) is { } root)
        {
            folders.Add(root.Contains("://", StringComparison.Ordinal) ? root : new Uri(Path.GetFullPath(root)).AbsoluteUri);
        }

        foreach (var folder in folders)
        {
            _workspace.AddFolder(_uris.ToPath(folder));
        }

        _registerWatchers = ClientCan(request.Capabilities, "workspace", "didChangeWatchedFiles", "dynamicRegistration");

        var capabilities = new ServerCapabilities(
            TextDocumentSync: new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKind.Incremental),
            CompletionProvider: new CompletionOptions([".", " ", "("], ResolveProvider: true),
            HoverProvider: true,
            SignatureHelpProvider: new SignatureHelpOptions(["(", " "], [" "]),
            DefinitionProvider: true,
            ReferencesProvider: true,
            DocumentHighlightProvider: true,
            DocumentSymbolProvider: true,
            WorkspaceSymbolProvider: true,
            CodeActionProvider: new CodeActionOptions(["quickfix"]),
            DocumentFormattingProvider: _options.Formatter is null ? null : true,
            RenameProvider: new RenameOptions(PrepareProvider: true),
            FoldingRangeProvider: true,
            SemanticTokensProvider: new SemanticTokensOptions(Conversions.Legend, Full: true, Range: false));
        return new InitializeResult(capabilities, new ServerInfo("LifecycleLang Language Server", typeof(LifecycleLanguageServer).Assembly.GetName().Version?.ToString()));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized()
    {
        // Check the workspace read from disk so that diagnostics of closed files show at once.
        ScheduleCheck(TimeSpan.Zero);
        if (_registerWatchers)
        {
            // Ask the client to tell us about .journey and template files changed outside the editor.
            var registration = new
            {
                registrations = new[]
                {
                    new
                    {
                        id = "lifecycle-watch-files",
                        method = "workspace/didChangeWatchedFiles",
                        registerOptions = new { watchers = new[] { new { globPattern = "**/*.journey" }, new { globPattern = "**/*.liquid" } } },
                    },
                },
            };
            _ = _rpc.InvokeWithParameterObjectAsync("client/registerCapability", registration)
                .ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    private static bool ClientCan(System.Text.Json.JsonElement? capabilities, params string[] path)
    {
        if (capabilities is not { ValueKind: System.Text.Json.JsonValueKind.Object } element)
        {
            return false;
        }

        foreach (var name in path)
        {
            if (element.ValueKind != System.Text.Json.JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return false;
            }
        }

        return element.ValueKind == System.Text.Json.JsonValueKind.True;
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        _shutdownRequested = true;
        _pendingCheck?.Cancel();
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exited.TrySetResult(_shutdownRequested);

    // ------------------------------------------------------------------ text synchronisation

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        _workspace.Open(_uris.ToPath(request.TextDocument.Uri), request.TextDocument.Text, request.TextDocument.Version);
        ScheduleCheck(_options.DiagnosticsDelay);
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        var changes = request.ContentChanges.Select(c => c.Range is { } range
            ? Ide.Workspace.TextChange.Replace(new LinePosition(range.Start.Line, range.Start.Character), new LinePosition(range.End.Line, range.End.Character), c.Text)
            : Ide.Workspace.TextChange.Full(c.Text));
        _workspace.Change(_uris.ToPath(request.TextDocument.Uri), changes, request.TextDocument.Version);
        ScheduleCheck(_options.DiagnosticsDelay);
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams request)
    {
        _workspace.Close(_uris.ToPath(request.TextDocument.Uri));
        ScheduleCheck(_options.DiagnosticsDelay);
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request)
    {
        foreach (var change in request.Changes)
        {
            _workspace.FileChanged(_uris.ToPath(change.Uri));
        }

        ScheduleCheck(_options.DiagnosticsDelay);
    }

    // ------------------------------------------------------------------ features

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public P.CompletionList Complete(CompletionParams request)
    {
        var snapshot = _workspace.Current;
        if (Document(snapshot, request.TextDocument) is not { } document)
        {
            return new P.CompletionList(false, []);
        }

        var offset = document.Text.ToOffset(request.Position);
        var model = _workspace.AvailableModel();
        if (model is null)
        {
            // No check has finished yet (the server just started): keywords now, and the names from a check started at once.
            ScheduleCheck(TimeSpan.Zero);
        }

        var list = Ide.Features.Completion.GetCompletions(snapshot, document.Path, offset, model, _workspace.LastGoodModel?.Model);
        var range = document.Text.ToRange(list.ReplaceSpan);
        var items = list.Items.Select((item, i) => new P.CompletionItem(
            item.Label,
            item.Kind.ToProtocol(),
            item.Detail,
            null,
            i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            new P.TextEdit(range, item.Label),
            item.Kind == CompletionKind.Keyword ? null : new CompletionItemData(item.Kind.ToString(), item.Container))).ToArray();
        return new P.CompletionList(false, items);
    }

    [JsonRpcMethod("completionItem/resolve", UseSingleObjectParameterDeserialization = true)]
    public P.CompletionItem ResolveCompletion(P.CompletionItem item)
    {
        if (item.Data is not { } data || !Enum.TryParse<CompletionKind>(data.Kind, out var kind) || _workspace.AvailableModel() is not { } model)
        {
            return item;
        }

        var documentation = Ide.Features.Completion.Describe(model, kind, item.Label, data.Container);
        return documentation is null ? item : item with { Documentation = MarkupContent.Markdown(documentation) };
    }

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public async Task<P.Hover?> HoverAsync(TextDocumentPositionParams request, CancellationToken cancellation)
    {
        var snapshot = _workspace.Current;
        if (Document(snapshot, request.TextDocument) is not { } document)
        {
            return null;
        }

        var model = await ModelAsync(snapshot, cancellation);
        var hover = Ide.Features.Hover.GetHover(snapshot, document.Path, document.Text.ToOffset(request.Position), model, _workspace.LastGoodModel?.Model);
        return hover is null ? null : new P.Hover(MarkupContent.Markdown(hover.Markdown), document.Text.ToRange(hover.Span));
    }

    [JsonRpcMethod("textDocument/signatureHelp", UseSingleObjectParameterDeserialization = true)]
    public P.SignatureHelp? SignatureHelp(SignatureHelpParams request)
    {
        if (Document(_workspace.Current, request.TextDocument) is not { } document)
        {
            return null;
        }

        var help = Ide.Features.SignatureHelp.GetSignatureHelp(document.Tree, document.Text.ToOffset(request.Position));
        if (help is null)
        {
            return null;
        }

        var signature = new SignatureInformation(
            help.Label,
            MarkupContent.Markdown(help.Documentation),
            [.. help.Parameters.Select(p => new ParameterInformation(p.Label, MarkupContent.Markdown(p.Documentation)))]);
        return new P.SignatureHelp([signature], 0, help.ActiveParameter);
    }

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public async Task<P.Location[]> DefinitionAsync(TextDocumentPositionParams request, CancellationToken cancellation)
    {
        var snapshot = _workspace.Current;
        if (Document(snapshot, request.TextDocument) is not { } document)
        {
            return [];
        }

        var model = await ModelAsync(snapshot, cancellation);
        return [.. Navigation.GoToDefinition(model, document.Path, document.Text.ToOffset(request.Position)).Select(ToLocation)];
    }

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public async Task<P.Location[]> ReferencesAsync(ReferenceParams request, CancellationToken cancellation)
    {
        var snapshot = _workspace.Current;
        if (Document(snapshot, request.TextDocument) is not { } document)
        {
            return [];
        }

        var model = await ModelAsync(snapshot, cancellation);
        var offset = document.Text.ToOffset(request.Position);
        return [.. Navigation.FindReferences(model, document.Path, offset, request.Context?.IncludeDeclaration ?? true).Select(ToLocation)];
    }

    [JsonRpcMethod("textDocument/documentHighlight", UseSingleObjectParameterDeserialization = true)]
    public async Task<DocumentHighlight[]> DocumentHighlightAsync(TextDocumentPositionParams request, CancellationToken cancellation)
    {
        var snapshot = _workspace.Current;
        if (Document(snapshot, request.TextDocument) is not { } document)
        {
            return [];
        }

        var model = await ModelAsync(snapshot, cancellation);
        return [.. Navigation.Highlights(model, document.Path, document.Text.ToOffset(request.Position))
            .Select(h => new DocumentHighlight(h.Location.Source.ToRange(h.Location.Span), h.IsDeclaration ? Kinds.Highlight.Write : Kinds.Highlight.Read))];
    }

    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public async Task<PrepareRenameResult?> PrepareRenameAsync(TextDocumentPositionParams request, CancellationToken cancellation)
    {
        var snapshot = _workspace.Current;
        if (Document(snapshot, request.TextDocument) is not { } document)
        {
            return null;
        }

        var model = await ModelAsync(snapshot, cancellation);
        var target = Ide.Features.Rename.Prepare(model, document.Path, document.Text.ToOffset(request.Position), out var error);
        if (target is null)
        {
            throw new LocalRpcException(error ?? "Nothing to rename here.") { ErrorCode = ErrorCodes.RequestFailed };
        }

        return new PrepareRenameResult(document.Text.ToRange(target.Span), target.Placeholder);
    }

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public async Task<WorkspaceEdit> RenameAsync(RenameParams request, CancellationToken cancellation)
    {
        var snapshot = _workspace.Current;
        if (Document(snapshot, request.TextDocument) is not { } document)
        {
            throw new LocalRpcException("The document is not open.") { ErrorCode = ErrorCodes.InvalidParams };
        }

        var model = await ModelAsync(snapshot, cancellation);
        var result = Ide.Features.Rename.RenameAt(model, document.Path, document.Text.ToOffset(request.Position), request.NewName);
        if (!result.Succeeded)
        {
            throw new LocalRpcException(result.Error!) { ErrorCode = ErrorCodes.RequestFailed };
        }

        return ToWorkspaceEdit(result.Edits);
    }

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public DocumentSymbol[] DocumentSymbols(DocumentSymbolParams request)
    {
        if (Document(_workspace.Current, request.TextDocument) is not { } document)
        {
            return [];
        }

        return [.. Outline.GetDocumentSymbols(document.Tree).Select(i => ToSymbol(document.Text, i))];
    }

    [JsonRpcMethod("workspace/symbol", UseSingleObjectParameterDeserialization = true)]
    public async Task<SymbolInformation[]> WorkspaceSymbolsAsync(WorkspaceSymbolParams request, CancellationToken cancellation)
    {
        var model = _workspace.AvailableModel() ?? await ModelAsync(_workspace.Current, cancellation);
        return [.. Outline.SearchWorkspace(model, request.Query ?? string.Empty)
            .Select(s => new SymbolInformation(s.Name, s.Kind.ToProtocol(), ToLocation(s.Location), s.Container))];
    }

    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public async Task<P.SemanticTokens> SemanticTokensAsync(SemanticTokensParams request, CancellationToken cancellation)
    {
        var snapshot = _workspace.Current;
        if (Document(snapshot, request.TextDocument) is not { } document)
        {
            return new P.SemanticTokens([]);
        }

        var model = await ModelAsync(snapshot, cancellation);
        var spans = Ide.Features.SemanticTokens.Classify(document.Tree, model);
        return new P.SemanticTokens(Conversions.Encode(document.Text, spans));
    }

    [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
    public P.FoldingRange[] FoldingRanges(FoldingRangeParams request)
    {
        if (Document(_workspace.Current, request.TextDocument) is not { } document)
        {
            return [];
        }

        return [.. Folding.GetFoldingRanges(document.Tree)
            .Select(r => new P.FoldingRange(r.StartLine, r.EndLine, r.Kind == FoldKind.Comment ? "comment" : "region"))];
    }

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public async Task<P.CodeAction[]> CodeActionsAsync(CodeActionParams request, CancellationToken cancellation)
    {
        var snapshot = _workspace.Current;
        if (Document(snapshot, request.TextDocument) is not { } document)
        {
            return [];
        }

        if (request.Context?.Only is { Length: > 0 } only && !only.Any(k => k is "quickfix" || "quickfix".StartsWith(k + ".", StringComparison.Ordinal) || k == string.Empty))
        {
            return [];
        }

        await ModelAsync(snapshot, cancellation);
        var actions = CodeActions.GetCodeActions(snapshot.Compilation, document.Path, document.Text.ToSpan(request.Range));
        return [.. actions.Select(a => new P.CodeAction(a.Title, "quickfix", [a.Diagnostic.ToProtocol()], ToWorkspaceEdit(a.Edits), a.IsPreferred ? true : null))];
    }

    [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
    public P.TextEdit[] Formatting(DocumentFormattingParams request)
    {
        if (_options.Formatter is not { } formatter || Document(_workspace.Current, request.TextDocument) is not { } document)
        {
            return [];
        }

        var formatted = formatter.Format(document.Tree);
        if (formatted is null || formatted == document.Text.Text)
        {
            return [];
        }

        return [new P.TextEdit(document.Text.ToRange(new TextSpan(0, document.Text.Length)), formatted)];
    }

    [JsonRpcMethod("lifecycle/graph", UseSingleObjectParameterDeserialization = true)]
    public async Task<GraphResult> GraphAsync(GraphParams request, CancellationToken cancellation)
    {
        if (_options.GraphRenderer is not { } renderer)
        {
            throw new LocalRpcException("graph is not available yet") { ErrorCode = ErrorCodes.RequestFailed };
        }

        var snapshot = _workspace.Current;
        var document = Document(snapshot, new TextDocumentIdentifier(request.Uri))
            ?? throw new LocalRpcException($"{request.Uri} is not a .journey file of the workspace") { ErrorCode = ErrorCodes.InvalidParams };
        var journey = request.Journey;
        if (string.IsNullOrEmpty(journey))
        {
            var offset = request.Position is { } position ? document.Text.ToOffset(position) : 0;
            journey = SyntaxQueries.JourneyAt(document.Tree, offset)?.Name.Text;
        }

        if (string.IsNullOrEmpty(journey))
        {
            throw new LocalRpcException("There is no journey at the cursor: put the cursor inside a journey.") { ErrorCode = ErrorCodes.RequestFailed };
        }

        var model = await ModelAsync(snapshot, cancellation);
        if (model.GetJourney(journey) is null)
        {
            throw new LocalRpcException($"There is no journey named '{journey}'.") { ErrorCode = ErrorCodes.RequestFailed };
        }

        return new GraphResult(renderer.RenderMermaid(model, journey));
    }

    // ------------------------------------------------------------------ diagnostics as you type

    /// <summary>Checks the workspace once the text rests for <paramref name="delay"/>; a newer edit cancels the wait, and a check finished for a stale snapshot is not published.</summary>
    private void ScheduleCheck(TimeSpan delay)
    {
        var snapshot = _workspace.Current;
        var cancellation = new CancellationTokenSource();
        lock (_gate)
        {
            _pendingCheck?.Cancel();
            _pendingCheck = cancellation;
        }

        var token = cancellation.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, token).ConfigureAwait(false);
                }

                token.ThrowIfCancellationRequested();
                if (_workspace.Current.Version != snapshot.Version)
                {
                    return; // a newer change arrived during the wait: its own check is scheduled
                }

                var diagnostics = snapshot.Compilation.GetDiagnostics();
                _ = snapshot.Model;
                _workspace.ModelComputed(snapshot);
                // One publication at a time, and never one for a snapshot that became stale meanwhile.
                await _publishing.WaitAsync(token).ConfigureAwait(false);
                try
                {
                    if (token.IsCancellationRequested || _workspace.Current.Version != snapshot.Version)
                    {
                        return; // stale: the newer edit's check will publish
                    }

                    await PublishAsync(snapshot, diagnostics).ConfigureAwait(false);
                }
                finally
                {
                    _publishing.Release();
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception exception) when (exception is ObjectDisposedException or ConnectionLostException)
            {
            }
        }, CancellationToken.None);
    }

    private async Task PublishAsync(WorkspaceSnapshot snapshot, ImmutableArray<Syntax.Diagnostics.Diagnostic> diagnostics)
    {
        var byPath = diagnostics.GroupBy(d => d.Source.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        List<string> cleared;
        lock (_gate)
        {
            cleared = [.. _published.Where(p => !byPath.ContainsKey(p))];
            _published.Clear();
            _published.UnionWith(byPath.Keys);
        }

        foreach (var path in cleared)
        {
            await _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(_uris.ToUri(path), snapshot.GetDocument(path)?.Version, [])).ConfigureAwait(false);
        }

        // Open documents first: that is where the user is looking.
        foreach (var (path, list) in byPath.OrderBy(p => snapshot.GetDocument(p.Key)?.IsOpen == true ? 0 : 1))
        {
            var version = snapshot.GetDocument(path)?.Version;
            await _rpc.NotifyWithParameterObjectAsync(
                "textDocument/publishDiagnostics",
                new PublishDiagnosticsParams(_uris.ToUri(path), version, [.. list.Select(d => d.ToProtocol())])).ConfigureAwait(false);
        }

        // Open documents without any diagnostic get an empty list once, so a client clears what it showed.
        foreach (var document in snapshot.Documents.Values.Where(d => d.IsOpen && !byPath.ContainsKey(d.Path) && !cleared.Contains(d.Path)))
        {
            await _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(_uris.ToUri(document.Path), document.Version, [])).ConfigureAwait(false);
        }
    }

    // ------------------------------------------------------------------ helpers

    private async Task<SemanticModel> ModelAsync(WorkspaceSnapshot snapshot, CancellationToken cancellation)
    {
        if (snapshot.IsModelReady)
        {
            return snapshot.Model;
        }

        var model = await Task.Run(() => snapshot.Model, cancellation).ConfigureAwait(false);
        _workspace.ModelComputed(snapshot);
        return model;
    }

    private IdeDocument? Document(WorkspaceSnapshot snapshot, TextDocumentIdentifier identifier) =>
        snapshot.GetDocument(_uris.ToPath(identifier.Uri));

    private P.Location ToLocation(SourceLocation location) => new(_uris.ToUri(location.Path), location.Source.ToRange(location.Span));

    private WorkspaceEdit ToWorkspaceEdit(IEnumerable<Syntax.Diagnostics.TextEdit> edits) => new(
        edits.GroupBy(e => e.Source.Path, StringComparer.Ordinal)
            .ToDictionary(
                g => _uris.ToUri(g.Key),
                g => g.OrderBy(e => e.Span.Start).Select(e => new P.TextEdit(e.Source.ToRange(e.Span), e.NewText)).ToArray()));

    private static DocumentSymbol ToSymbol(SourceText text, OutlineItem item) => new(
        item.Name,
        item.Detail,
        item.Kind.ToProtocol(),
        text.ToRange(item.Span),
        text.ToRange(item.NameSpan),
        item.Children.IsEmpty ? null : [.. item.Children.Select(c => ToSymbol(text, c))]);
}
