using LifecycleLang.Syntax.Diagnostics;

namespace LifecycleLang.Semantics.Tests;

/// <summary>The shared acceptance workspaces and every example must check without errors.</summary>
public sealed class WorkspaceTests
{
    public static TheoryData<string> Workspaces()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(RepoPaths.Acceptance))
        {
            foreach (var workspace in Directory.GetDirectories(RepoPaths.Acceptance, "workspace", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(workspace);
            }
        }

        // Each example folder is its own workspace (each has its own contact schema and settings).
        var examples = Path.Combine(RepoPaths.Root, "examples");
        if (Directory.Exists(examples))
        {
            foreach (var example in Directory.GetDirectories(examples).Order(StringComparer.Ordinal))
            {
                if (Directory.EnumerateFiles(example, "*.journey", SearchOption.AllDirectories).Any())
                {
                    data.Add(example);
                }
            }
        }

        return data;
    }

    [Fact]
    public void TheAcceptanceWorkspacesAreThere()
    {
        Assert.True(Directory.Exists(RepoPaths.Acceptance), "expected the shared acceptance cases at " + RepoPaths.Acceptance);
        Assert.NotEmpty(Workspaces());
    }

    [Theory]
    [MemberData(nameof(Workspaces))]
    public void ChecksWithoutErrors(string folder)
    {
        var compilation = TestWorkspace.Load(folder);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
