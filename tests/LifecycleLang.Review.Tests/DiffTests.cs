using LifecycleLang.TestKit;

namespace LifecycleLang.Review.Tests;

/// <summary>Baselines/diff/CASE/{old,new}/ are two versions of a workspace; expected.txt and expected.md are the diff.</summary>
public sealed class DiffTests
{
    private static readonly string Folder = Path.Combine(Baseline.SourceDirectory(), "Baselines", "diff");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diff_reads_as_in_the_baselines(string name)
    {
        var report = Compare(name);
        Baseline.AssertMatches(Path.Combine(Folder, name, "expected.txt"), DiffWriter.Text(report));
        Baseline.AssertMatches(Path.Combine(Folder, name, "expected.md"), DiffWriter.Markdown(report));
    }

    [Fact]
    public void A_formatting_only_change_is_no_semantic_change()
    {
        var report = Compare("formatting-only");
        Assert.False(report.HasChanges);
        Assert.Equal("no semantic change\n", DiffWriter.Text(report));
    }

    [Fact]
    public void Steps_inserted_before_a_wait_warn_about_waiting_contacts()
    {
        var report = Compare("journey-steps");
        Assert.Contains(report.Changes, c => c.AffectsRunningContacts && c.Text.Contains("changes id from", StringComparison.Ordinal));
        Assert.Contains(report.Changes, c => c.AffectsRunningContacts && c.Kind == ChangeKind.Removed);
    }

    [Fact]
    public void A_workspace_compared_with_itself_has_no_change()
    {
        foreach (var (_, folder) in Workspaces.All())
        {
            Assert.False(SemanticDiff.Compare(Workspaces.Load(folder), Workspaces.Load(folder)).HasChanges, folder);
        }
    }

    private static DiffReport Compare(string name) =>
        SemanticDiff.Compare(Workspaces.Load(Path.Combine(Folder, name, "old")), Workspaces.Load(Path.Combine(Folder, name, "new")));
}
