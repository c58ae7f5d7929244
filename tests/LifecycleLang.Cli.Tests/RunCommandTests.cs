using System.Diagnostics;
using System.Text;

namespace LifecycleLang.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lifecycle-run-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Trial => Path.Combine(RepoPaths.Acceptance, "p1-trial", "workspace");

    [Theory]
    [InlineData("no-such-folder")]
    [InlineData("WORKSPACE", "--store", "mysql:db")]
    [InlineData("WORKSPACE", "--store", "sqlite:")]
    [InlineData("WORKSPACE", "--urls", "not a url")]
    [InlineData("WORKSPACE", "--smtp", "mail:notaport")]
    public void Bad_usage_exits_2_with_one_line(params string[] args)
    {
        var result = CliRunner.Run(_folder, ["run", .. args.Select(a => a == "WORKSPACE" ? Trial : a)]);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("lifecycle: ", result.Stderr);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void No_path_exits_2() => Assert.Equal(2, CliRunner.Run(_folder, "run").ExitCode);

    [Fact]
    public void A_workspace_with_errors_exits_1_with_its_diagnostics()
    {
        File.WriteAllText(Path.Combine(_folder, "broken.journey"), "journey J {\n  entry on nothing_declared\n}\n");
        var result = CliRunner.Run(_folder, "run", _folder);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.journey(2,", result.Stderr);
    }

    [Fact]
    public async Task A_built_assembly_serves_http_stops_on_sigterm_and_a_changed_workspace_is_refused()
    {
        Assert.Equal(0, CliRunner.Run(_folder, "build", Trial, "-o", "out").ExitCode);
        var dll = Path.Combine(_folder, "out", "LifecycleJourneys.dll");

        using (var service = RunningService.Start(_folder, dll, "--store", "sqlite:state.db", "--urls", "http://127.0.0.1:0"))
        {
            var url = await service.ListeningUrl();
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            var now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
            var body = $$$"""
                {"at":"{{{now}}}","contact":"p1","profile":{"email":"lee@example.com","plan":"Free"}}
                {"at":"{{{now}}}","contact":"p1","event":"trial_started","data":{}}
                """;
            var response = await http.PostAsync("/events", new StringContent(body, Encoding.UTF8));
            Assert.Equal(200, (int)response.StatusCode);
            var (exit, stdout, stderr) = await service.Terminate();
            Assert.Equal(0, exit);
            Assert.Contains("\"kind\":\"entered\"", stdout); // the committed trace, on stdout
            Assert.Contains("stopped", stderr);
        }

        // Same store, other journeys: refused with the way out named.
        var refused = CliRunner.Run(_folder, "run", Path.Combine(RepoPaths.Acceptance, "p2-warm-leads", "workspace"), "--store", "sqlite:state.db");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--migrate", refused.Stderr);
    }

    /// <summary>`lifecycle run` as a child process, stopped with SIGTERM like a service manager would.</summary>
    private sealed class RunningService : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _stdout = new();
        private readonly StringBuilder _stderr = new();
        private readonly TaskCompletionSource<string> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private RunningService(Process process)
        {
            _process = process;
            process.OutputDataReceived += (_, e) => { lock (_stdout) { _stdout.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) =>
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
                const string marker = "listening on ";
                if (e.Data?.IndexOf(marker, StringComparison.Ordinal) is int at and >= 0)
                {
                    _url.TrySetResult(e.Data[(at + marker.Length)..].Split(' ', ',')[0]);
                }
            };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public static RunningService Start(string folder, params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "lifecycle.dll"));
            start.ArgumentList.Add("run");
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }
            return new RunningService(Process.Start(start)!);
        }

        public async Task<string> ListeningUrl()
        {
            var done = await Task.WhenAny(_url.Task, _process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
            Assert.True(done == _url.Task, "the service did not start: " + _stderr);
            return await _url.Task;
        }

        public async Task<(int Exit, string Stdout, string Stderr)> Terminate()
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(timeout.Token);
            lock (_stdout)
            {
                lock (_stderr)
                {
                    return (_process.ExitCode, _stdout.ToString(), _stderr.ToString());
                }
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }
            _process.Dispose();
        }
    }
}
