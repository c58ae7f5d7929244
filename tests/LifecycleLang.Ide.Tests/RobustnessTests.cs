using LifecycleLang.Ide.Features;
using LifecycleLang.Ide.Workspace;
using LifecycleLang.TestKit;

namespace LifecycleLang.Ide.Tests;

/// <summary>
/// Every feature on every place of real files and of their half-typed prefixes: nothing throws, spans stay
/// inside the text. Broken text is the normal state of a file in an editor.
/// </summary>
public class RobustnessTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepoPaths.AllJourneyFiles().Where(f => !f.Contains("Baselines", StringComparison.Ordinal)).Take(8))
        {
            data.Add(file);
        }

        data.Add("schema");
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_feature_at_every_token_of_the_file(string file)
    {
        var text = file == "schema" ? TestWorkspace.Schema : File.ReadAllText(file);
        var workspace = new IdeWorkspace();
        var snapshot = workspace.Open("/ws/file.journey", text, 1);
        var model = snapshot.Model;
        var tree = snapshot.GetTree("/ws/file.journey")!;
        foreach (var token in SyntaxQueries.Tokens(tree))
        {
            foreach (var offset in new[] { token.Start, token.Span.End })
            {
                var completion = Completion.GetCompletions(snapshot, "/ws/file.journey", offset, model);
                Assert.InRange(completion.ReplaceSpan.End, 0, text.Length);
                Hover.GetHover(snapshot, "/ws/file.journey", offset, model);
                SignatureHelp.GetSignatureHelp(tree, offset);
                Navigation.FindReferences(model, "/ws/file.journey", offset, true);
                Rename.Prepare(model, "/ws/file.journey", offset, out _);
            }
        }

        Outline.GetDocumentSymbols(tree);
        Folding.GetFoldingRanges(tree);
        SemanticTokens.Classify(tree, model);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Completion_and_hover_on_half_typed_prefixes_with_the_model_of_the_whole_file(string file)
    {
        var text = file == "schema" ? TestWorkspace.Schema : File.ReadAllText(file);
        var workspace = new IdeWorkspace();
        var whole = workspace.Open("/ws/file.journey", text, 1);
        var model = whole.Model;
        var step = Math.Max(1, text.Length / 150);
        for (var length = 0; length <= text.Length; length += step)
        {
            var snapshot = workspace.Change("/ws/file.journey", [TextChange.Full(text[..length])], length + 2);
            var completion = Completion.GetCompletions(snapshot, "/ws/file.journey", length, model);
            Assert.InRange(completion.ReplaceSpan.Start, 0, length);
            Hover.GetHover(snapshot, "/ws/file.journey", Math.Max(0, length - 1), model);
            var tree = snapshot.GetTree("/ws/file.journey")!;
            SignatureHelp.GetSignatureHelp(tree, length);
            Outline.GetDocumentSymbols(tree);
            Folding.GetFoldingRanges(tree);
            SemanticTokens.Classify(tree, model);
        }
    }
}
