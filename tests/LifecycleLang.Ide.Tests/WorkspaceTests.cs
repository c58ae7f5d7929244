using LifecycleLang.Ide.Workspace;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Ide.Tests;

public sealed class WorkspaceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lifecycle-ide-" + Guid.NewGuid().ToString("N"));

    public WorkspaceTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Incremental_changes_apply_in_order()
    {
        var workspace = new IdeWorkspace();
        workspace.Open("/a.journey", "event e { }\n", 1);
        var snapshot = workspace.Change("/a.journey",
        [
            TextChange.Replace(new LinePosition(0, 6), new LinePosition(0, 7), "signed_up"),
            TextChange.Replace(new LinePosition(0, 18), new LinePosition(0, 18), "plan: text "),
            TextChange.Replace(new LinePosition(1, 0), new LinePosition(1, 0), "enum P { A }"),
        ], 2);
        var document = snapshot.GetDocument("/a.journey")!;
        Assert.Equal("event signed_up { plan: text }\nenum P { A }", document.Text.Text);
        Assert.Equal(2, document.Version);
        Assert.Empty(snapshot.Compilation.GetDiagnostics().Where(d => d.IsError));
    }

    [Fact]
    public void A_full_change_replaces_the_text()
    {
        var workspace = new IdeWorkspace();
        workspace.Open("/a.journey", "x", 1);
        Assert.Equal("event e { }", workspace.Change("/a.journey", [TextChange.Full("event e { }")], 2).GetDocument("/a.journey")!.Text.Text);
    }

    [Fact]
    public void Folder_files_are_read_and_open_buffers_win_until_closed()
    {
        var schema = Path.Combine(_folder, "schema.journey");
        File.WriteAllText(schema, "event signed_up { plan: text }\n");
        Directory.CreateDirectory(Path.Combine(_folder, "node_modules"));
        File.WriteAllText(Path.Combine(_folder, "node_modules", "x.journey"), "garbage");
        var workspace = new IdeWorkspace();
        var snapshot = workspace.AddFolder(_folder);
        Assert.Equal([schema], snapshot.Documents.Keys);
        Assert.False(snapshot.GetDocument(schema)!.IsOpen);

        workspace.Open(schema, "event renamed { }", 5);
        Assert.NotNull(workspace.Current.Model.Symbols.GetEvent("renamed"));
        workspace.Close(schema);
        Assert.NotNull(workspace.Current.Model.Symbols.GetEvent("signed_up"));

        File.WriteAllText(schema, "event changed_on_disk { }");
        workspace.FileChanged(schema);
        Assert.NotNull(workspace.Current.Model.Symbols.GetEvent("changed_on_disk"));
        File.Delete(schema);
        Assert.Empty(workspace.FileChanged(schema).Documents);
    }

    [Fact]
    public void The_latest_model_is_kept_while_newer_snapshots_are_not_checked()
    {
        var workspace = new IdeWorkspace();
        Assert.Null(workspace.AvailableModel());
        var first = workspace.Open("/a.journey", "event e { }", 1);
        workspace.ModelComputed(first);
        var second = workspace.Change("/a.journey", [TextChange.Full("event f { }")], 2);
        Assert.False(second.IsModelReady);
        Assert.Same(first.Model, workspace.AvailableModel());
        Assert.Equal(first.Version, workspace.LatestModel!.Value.Version);

        // An older snapshot finishing late does not replace a newer model.
        workspace.ModelComputed(second);
        workspace.ModelComputed(first);
        Assert.Same(second.Model, workspace.AvailableModel());
    }
}
