using System.Text.Json;
using LifecycleLang.Ide;
using LifecycleLang.LanguageServer.Protocol;
using LifecycleLang.Semantics;
using LifecycleLang.Syntax;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace LifecycleLang.LanguageServer.Tests;

/// <summary>The formatter and flowchart seams, in process: what the server does once they are given at start-up.</summary>
public sealed class SeamTests : IAsyncDisposable
{
    private const string Uri = "untitled:Untitled-1";
    private readonly LifecycleLanguageServer _server;
    private readonly JsonRpc _client;

    public SeamTests()
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        _server = new LifecycleLanguageServer(serverStream, serverStream, new LanguageServerOptions
        {
            Formatter = new UpperCaseJourneyFormatter(),
            GraphRenderer = new NameGraphRenderer(),
        });
        _server.Start();
        _client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, new SystemTextJsonFormatter { JsonSerializerOptions = ProtocolJson.Options }));
        _client.StartListening();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        _server.Dispose();
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Graph_and_formatting_use_the_given_seams()
    {
        var init = await _client.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = 1, capabilities = new { } });
        Assert.True(init.GetProperty("capabilities").GetProperty("documentFormattingProvider").GetBoolean());
        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen", new
        {
            textDocument = new { uri = Uri, languageId = "journey", version = 1, text = "event e { }\njourney First {\n  entry on e\n}\njourney Second {\n  entry on e\n}\n" },
        });

        var byPosition = await _client.InvokeWithParameterObjectAsync<JsonElement>("lifecycle/graph", new { uri = Uri, position = new { line = 5, character = 3 } });
        Assert.Equal("flowchart TD\n  Second", byPosition.GetProperty("mermaid").GetString());
        var byName = await _client.InvokeWithParameterObjectAsync<JsonElement>("lifecycle/graph", new { uri = Uri, journey = "First", position = new { line = 5, character = 3 } });
        Assert.Equal("flowchart TD\n  First", byName.GetProperty("mermaid").GetString());
        var unknown = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            _client.InvokeWithParameterObjectAsync<JsonElement>("lifecycle/graph", new { uri = Uri, journey = "Third" }));
        Assert.Contains("no journey named 'Third'", unknown.Message, StringComparison.Ordinal);

        var edits = await _client.InvokeWithParameterObjectAsync<JsonElement>("textDocument/formatting", new
        {
            textDocument = new { uri = Uri },
            options = new { tabSize = 2, insertSpaces = true },
        });
        var edit = Assert.Single(edits.EnumerateArray());
        Assert.StartsWith("EVENT E { }", edit.GetProperty("newText").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, edit.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(7, edit.GetProperty("range").GetProperty("end").GetProperty("line").GetInt32());
    }

    private sealed class UpperCaseJourneyFormatter : IFormatter
    {
        public string? Format(SyntaxTree tree) => tree.HasErrors ? null : tree.Text.Text.ToUpperInvariant();
    }

    private sealed class NameGraphRenderer : IGraphRenderer
    {
        public string RenderMermaid(SemanticModel model, string journey) => "flowchart TD\n  " + model.GetJourney(journey)!.Name;
    }
}
