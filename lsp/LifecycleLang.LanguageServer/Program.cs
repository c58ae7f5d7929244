using LifecycleLang.LanguageServer;

// The LifecycleLang language server: LSP over stdin/stdout (Content-Length framing). Exits 0 after
// `shutdown` + `exit`, 1 when `exit` comes without `shutdown` or the client goes away (as LSP says).
if (args.Any(a => a is "--version" or "-v"))
{
    Console.WriteLine(typeof(LifecycleLanguageServer).Assembly.GetName().Version);
    return 0;
}

// The formatter is the one `lifecycle fmt` uses and the flowchart the one `lifecycle graph` draws.
var options = new LanguageServerOptions
{
    Formatter = new CanonicalFormatter(),
    GraphRenderer = new MermaidRenderer(),
};

// Checks allocate tens of megabytes per keystroke on large workspaces: keep full blocking collections
// away while editing (measured: diagnostics p99 on 5,000 lines 78 ms → 39–43 ms, bench/LanguageServerBenchmarks).
System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;

using var input = Console.OpenStandardInput();
using var output = Console.OpenStandardOutput();
using var server = new LifecycleLanguageServer(input, output, options);
server.Start();
var clean = await server.Exited.ConfigureAwait(false);
return clean ? 0 : 1;
