using System.Text.Json.Nodes;

namespace LifecycleLang.LanguageServer.Tests;

/// <summary>The real server process over stdio: one editing session from initialize to exit.</summary>
public sealed class ServerProcessTests : IDisposable
{
    private const string Schema = """
        contact {
          email: email
          first_name: text?
          budget: number?
        }

        event form_submitted { form: text, budget: number? }
        event purchase_completed { amount: number }

        // The first offer of the season.
        template offer email {
          subject "Hello {{ contact.first_name | default: 'friend' }}"
          body "Our offer"
        }

        """;

    private const string Main = """
        journey Welcome {
          entry on form_submitted
          goal purchase_completed within 7 days
          send email ofer
          wait 2 days
        }

        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lifecycle-lsp-" + Guid.NewGuid().ToString("N"));

    public ServerProcessTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "schema.journey"), Schema);
        File.WriteAllText(Path.Combine(_folder, "main.journey"), Main);
    }

    private string MainUri => new Uri(Path.Combine(_folder, "main.journey")).AbsoluteUri;

    private string SchemaUri => new Uri(Path.Combine(_folder, "schema.journey")).AbsoluteUri;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static object Pos(int line, int character) => new { line, character };

    private object At(int line, int character) => new { textDocument = new { uri = MainUri }, position = Pos(line, character) };

    [Fact]
    public async Task A_whole_editing_session_over_stdio()
    {
        await using var client = LspClient.Start();

        // initialize: capabilities as advertised.
        var init = await client.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = new Uri(_folder).AbsoluteUri,
            capabilities = new { },
        });
        var capabilities = init!["capabilities"]!;
        Assert.Equal(2, (int)capabilities["textDocumentSync"]!["change"]!);
        Assert.True((bool)capabilities["hoverProvider"]!);
        Assert.True((bool)capabilities["renameProvider"]!["prepareProvider"]!);
        Assert.Contains("keyword", capabilities["semanticTokensProvider"]!["legend"]!["tokenTypes"]!.AsArray().Select(t => (string)t!));
        await client.NotifyAsync("initialized", new { });

        // didOpen: the misspelt template is reported, with code, severity and source.
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = MainUri, languageId = "journey", version = 1, text = Main } });
        var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == MainUri && (int?)p["version"] == 1 && p["diagnostics"]!.AsArray().Count > 0);
        var diagnostic = published["diagnostics"]!.AsArray()[0]!;
        Assert.Equal("lifecycle", (string?)diagnostic["source"]);
        Assert.Equal(1, (int)diagnostic["severity"]!);
        Assert.StartsWith("LL2", (string?)diagnostic["code"]);
        Assert.Equal(3, (int)diagnostic["range"]!["start"]!["line"]!);

        // Closed files get their diagnostics too; an unused declaration is tagged "unnecessary" (faded).
        var schema = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == SchemaUri);
        var unused = schema["diagnostics"]!.AsArray().Single(d => (string?)d!["code"] == "LL9001")!;
        Assert.Equal(2, (int)unused["severity"]!);
        Assert.Equal([1], unused["tags"]!.AsArray().Select(t => (int)t!));

        // The quick fix of the did-you-mean.
        var actions = (await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = MainUri },
            range = diagnostic["range"],
            context = new { diagnostics = new[] { diagnostic } },
        }))!.AsArray();
        var fix = actions.First(a => ((string)a!["title"]!).Contains("offer", StringComparison.Ordinal))!;
        Assert.Equal("quickfix", (string?)fix["kind"]);
        Assert.Equal("offer", (string?)fix["edit"]!["changes"]![MainUri]![0]!["newText"]);

        // didChange (incremental): fix the name; the diagnostics of version 2 are empty.
        client.ClearNotifications();
        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = MainUri, version = 2 },
            contentChanges = new[] { new { range = new { start = Pos(3, 13), end = Pos(3, 17) }, text = "offer" } },
        });
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == MainUri && (int?)p["version"] == 2 && p["diagnostics"]!.AsArray().Count == 0);

        // completion: contact fields declared in the other file (read from disk).
        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = MainUri, version = 3 },
            contentChanges = new[] { new { range = new { start = Pos(4, 13), end = Pos(4, 13) }, text = "\n  set contact.budget = event." } },
        });
        var completion = await client.RequestAsync("textDocument/completion", At(5, 29));
        var labels = completion!["items"]!.AsArray().Select(i => (string)i!["label"]!).ToList();
        Assert.Contains("form", labels);
        Assert.Contains("budget", labels);
        var fields = await client.RequestAsync("textDocument/completion", At(5, 14));
        var firstName = fields!["items"]!.AsArray().First(i => (string)i!["label"]! == "first_name")!;
        var resolved = await client.RequestAsync("completionItem/resolve", firstName.DeepClone());
        Assert.Contains("contact.first_name: text?", (string)resolved!["documentation"]!["value"]!, StringComparison.Ordinal);

        // hover: the template's declaration and doc comment from the other file.
        var hover = await client.RequestAsync("textDocument/hover", At(3, 15));
        var markdown = (string)hover!["contents"]!["value"]!;
        Assert.Contains("template offer email", markdown, StringComparison.Ordinal);
        Assert.Contains("The first offer of the season.", markdown, StringComparison.Ordinal);

        var journeyHover = await client.RequestAsync("textDocument/hover", At(0, 10));
        Assert.Contains("Longest possible run", (string)journeyHover!["contents"]!["value"]!, StringComparison.Ordinal);

        // definition: in schema.journey.
        var definition = (await client.RequestAsync("textDocument/definition", At(3, 15)))!.AsArray();
        Assert.Equal(SchemaUri, (string?)definition[0]!["uri"]);
        Assert.Equal(10, (int)definition[0]!["range"]!["start"]!["line"]!);

        // references: declaration and use.
        var references = (await client.RequestAsync("textDocument/references", new
        {
            textDocument = new { uri = MainUri },
            position = Pos(3, 15),
            context = new { includeDeclaration = true },
        }))!.AsArray();
        Assert.Equal(2, references.Count);

        // rename across files; a reserved word is refused.
        var prepare = await client.RequestAsync("textDocument/prepareRename", At(3, 15));
        Assert.Equal("offer", (string?)prepare!["placeholder"]);
        var rename = await client.RequestAsync("textDocument/rename", new { textDocument = new { uri = MainUri }, position = Pos(3, 15), newName = "spring_offer" });
        var changes = rename!["changes"]!.AsObject();
        Assert.Equal(2, changes.Count);
        Assert.Equal("spring_offer", (string?)changes[SchemaUri]![0]!["newText"]);
        var refused = await Assert.ThrowsAsync<LspErrorException>(() =>
            client.RequestAsync("textDocument/rename", new { textDocument = new { uri = MainUri }, position = Pos(3, 15), newName = "contact" }));
        Assert.Contains("reserved", refused.Message, StringComparison.Ordinal);

        // outline, folding, semantic tokens, signature help answer.
        var symbols = (await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = MainUri } }))!.AsArray();
        Assert.Equal("Welcome", (string?)symbols[0]!["name"]);
        var folds = (await client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = MainUri } }))!.AsArray();
        Assert.NotEmpty(folds);
        var tokens = await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = MainUri } });
        Assert.True(tokens!["data"]!.AsArray().Count % 5 == 0 && tokens["data"]!.AsArray().Count > 0);
        var workspaceSymbols = (await client.RequestAsync("workspace/symbol", new { query = "purch" }))!.AsArray();
        Assert.Contains(workspaceSymbols, s => (string?)s!["name"] == "purchase_completed");

        // The flowchart command of the VS Code extension: the journey as Mermaid, as `lifecycle graph` draws it.
        var graph = await client.RequestAsync("lifecycle/graph", new { uri = MainUri, journey = "Welcome", position = Pos(1, 2) });
        Assert.StartsWith("flowchart", (string?)graph!["mermaid"], StringComparison.Ordinal);

        // shutdown then exit: exit code 0.
        Assert.Null(await client.RequestAsync("shutdown", null));
        await client.NotifyAsync("exit", null);
        Assert.True(await client.WaitForExitAsync(TimeSpan.FromSeconds(20)), "the server did not exit");
        Assert.Equal(0, client.ExitCode);
    }

    [Fact]
    public async Task Files_changed_on_disk_are_read_again_when_the_client_says_so()
    {
        await using var client = LspClient.Start();
        await client.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = new Uri(_folder).AbsoluteUri,
            capabilities = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } },
        });
        await client.NotifyAsync("initialized", new { });

        // Closed files are checked too: main.journey's misspelt template is reported without opening it.
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == MainUri && p["diagnostics"]!.AsArray().Count > 0);

        // The file is fixed on disk (another tool, a git checkout): the watcher's event makes the error go.
        File.WriteAllText(Path.Combine(_folder, "main.journey"), Main.Replace("ofer", "offer", StringComparison.Ordinal));
        client.ClearNotifications();
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = MainUri, type = 2 } } });
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == MainUri && p["diagnostics"]!.AsArray().Count == 0);
    }

    [Fact]
    public async Task Exit_without_shutdown_exits_with_1()
    {
        await using var client = LspClient.Start();
        await client.RequestAsync("initialize", new { processId = Environment.ProcessId, rootUri = (string?)null, capabilities = new { } });
        await client.NotifyAsync("exit", null);
        Assert.True(await client.WaitForExitAsync(TimeSpan.FromSeconds(20)), "the server did not exit");
        Assert.Equal(1, client.ExitCode);
    }

    [Fact]
    public async Task Diagnostics_follow_the_latest_version_after_a_burst_of_edits()
    {
        await using var client = LspClient.Start();
        await client.RequestAsync("initialize", new { processId = Environment.ProcessId, rootUri = new Uri(_folder).AbsoluteUri, capabilities = new { } });
        await client.NotifyAsync("initialized", new { });
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = MainUri, languageId = "journey", version = 1, text = Main } });

        // Type "offer" over "ofer" one keystroke at a time: only the last version may be the last published.
        var text = "ofer";
        for (var version = 2; version <= 6; version++)
        {
            await client.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri = MainUri, version },
                contentChanges = new[] { new { range = (object?)null, text = Main.Replace("ofer", version == 6 ? "offer" : text + new string('x', version), StringComparison.Ordinal) } },
            });
        }

        var last = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == MainUri && (int?)p["version"] == 6);
        Assert.Empty(last["diagnostics"]!.AsArray());
    }
}
