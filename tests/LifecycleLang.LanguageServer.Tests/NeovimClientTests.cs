using System.Diagnostics;
using System.Text.Json.Nodes;

namespace LifecycleLang.LanguageServer.Tests;

/// <summary>Runs only where Neovim is installed (scripts/setup.sh installs the Debian package `neovim`); else skipped, saying why.</summary>
public sealed class NeovimFactAttribute : FactAttribute
{
    public NeovimFactAttribute()
    {
        if (NeovimClientTests.FindNvim() is null)
        {
            Skip = "nvim is not installed: the Neovim LSP client test needs it (scripts/setup.sh installs the Debian package neovim)";
        }
    }
}

/// <summary>A real editor's LSP client: Neovim's built-in one opens a file, receives diagnostics, asks for completion.</summary>
public sealed class NeovimClientTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lifecycle-nvim-" + Guid.NewGuid().ToString("N"));

    public NeovimClientTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static string? FindNvim() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "nvim"))
            .FirstOrDefault(File.Exists);

    [NeovimFact]
    public async Task Neovim_receives_diagnostics_and_completion()
    {
        File.WriteAllText(Path.Combine(_folder, "schema.journey"), """
            contact {
              email: email
              first_name: text?
            }
            event signed_up { plan: text }
            """);
        var file = Path.Combine(_folder, "main.journey");
        File.WriteAllText(file, """
            journey Welcome {
              entry on signed_upp
              if contact.
            }
            """);
        var output = Path.Combine(_folder, "results.json");
        var start = new ProcessStartInfo(FindNvim()!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        foreach (var argument in new[] { "--headless", "--clean", "-n", "-u", "NONE", "-c", $"luafile {Path.Combine(AppContext.BaseDirectory, "nvim", "lsp-client.lua")}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LIFECYCLE_LSP_DLL"] = LspClient.ServerDll;
        start.Environment["LIFECYCLE_NVIM_FILE"] = file;
        start.Environment["LIFECYCLE_NVIM_OUT"] = output;
        start.Environment["LIFECYCLE_NVIM_LINE"] = "2";
        start.Environment["LIFECYCLE_NVIM_CHAR"] = "13";
        using var nvim = Process.Start(start)!;
        var stderr = nvim.StandardError.ReadToEndAsync();
        var stdout = nvim.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await nvim.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            nvim.Kill(entireProcessTree: true);
            Assert.Fail($"nvim did not finish within 3 minutes: {await stderr}");
        }

        Assert.True(File.Exists(output), $"nvim wrote no results (exit {nvim.ExitCode}): {await stderr} {await stdout}");
        var results = JsonNode.Parse(File.ReadAllText(output))!;
        Assert.Empty(results["errors"]!.AsArray());

        var diagnostics = results["diagnostics"]!.AsArray();
        Assert.Contains(diagnostics, d => (int)d!["line"]! == 1 && ((string)d["message"]!).Contains("signed_upp", StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal("lifecycle", (string?)d!["source"]));

        var completion = results["completion"]!.AsArray().Select(l => (string)l!).ToList();
        Assert.Contains("first_name", completion);
        Assert.Contains("email", completion);
    }
}
