using System.CommandLine;
using System.Net.Sockets;
using LifecycleLang.Hosting;
using LifecycleLang.Runtime;
using LifecycleLang.Service;
using LifecycleLang.Service.Delivery;
using LifecycleLang.Service.Storage;

namespace LifecycleLang.Cli;

/// <summary>
/// `lifecycle run PATH|ASSEMBLY [--store sqlite:FILE|postgres:CONN] [--urls URL] [--migrate] [--smtp HOST[:PORT]]`:
/// the durable service of runtime.md §7. The trace of committed work goes to stdout as JSON Lines;
/// the listening address and the log go to stderr. Ctrl+C stops it cleanly.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A workspace folder (compiled in memory) or a journey assembly (.dll) built by 'lifecycle build'" };
        var store = new Option<string?>("--store") { Description = "Where state lives: sqlite:FILE (default sqlite:lifecycle.db) or postgres:CONNECTION-STRING" };
        var urls = new Option<string>("--urls") { Description = "Address(es) to listen on, ';'-separated", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var migrate = new Option<bool>("--migrate") { Description = "Start on a store written by another version of the journeys; instances continue at their stored step ids" };
        var smtp = new Option<string?>("--smtp") { Description = "SMTP relay HOST[:PORT] for email (user and password from LIFECYCLE_SMTP_USER / LIFECYCLE_SMTP_PASSWORD); without it emails are logged, not sent" };
        var smtpFrom = new Option<string>("--smtp-from") { Description = "Sender for templates without a 'from' part", DefaultValueFactory = _ => "journeys@localhost" };
        var command = new Command("run", "Run journeys as a durable service: inputs over HTTP, state in SQLite or PostgreSQL, sends through an outbox")
        {
            path, store, urls, migrate, smtp, smtpFrom,
        };
        command.SetAction(result => CommandRunner.Run(() => Run(
            result.GetValue(path)!, result.GetValue(store), result.GetValue(urls)!, result.GetValue(migrate), result.GetValue(smtp), result.GetValue(smtpFrom)!)));
        return command;
    }

    private static int Run(string path, string? storeText, string urls, bool migrate, string? smtpText, string smtpFrom)
    {
        StoreLocation location;
        try
        {
            location = storeText is null ? StoreLocation.Default : StoreLocation.Parse(storeText);
        }
        catch (FormatException exception)
        {
            throw new UsageException(exception.Message);
        }
        var smtp = smtpText is null ? null : ParseSmtp(smtpText, smtpFrom);
        if (!urls.Split(';').All(u => Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            throw new UsageException($"--urls {urls}: give http://HOST:PORT addresses, e.g. http://127.0.0.1:5080");
        }

        var loaded = File.Exists(path) ? LoadAssembly(path) : Directory.Exists(path) ? InMemoryBuild.Compile([path], "running it") : throw new UsageException(
            $"{path}: no such workspace folder or assembly; give a folder of .journey files or the .dll written by 'lifecycle build'");
        if (loaded is null)
        {
            return ExitCodes.Errors;
        }
        var (workspace, image) = loaded.Value;

        CompiledWorkspace compiled;
        try
        {
            compiled = new CompiledWorkspace(workspace);
        }
        catch (WorkspaceDefinitionException exception)
        {
            Console.Error.WriteLine($"lifecycle: {path}: the journeys cannot run: {exception.Message}");
            return ExitCodes.Errors;
        }

        var config = new ServiceConfiguration
        {
            Workspace = compiled,
            Version = WorkspaceVersion.Of(image),
            Store = location,
            Urls = urls,
            Migrate = migrate,
            Smtp = smtp,
            TraceOut = Console.Out,
            LogOut = Console.Error,
        };
        return Serve(config);
    }

    private static int Serve(ServiceConfiguration config)
    {
        LifecycleServer server;
        try
        {
            server = LifecycleServer.Create(config);
        }
        catch (StoreVersionException exception)
        {
            Console.Error.WriteLine($"lifecycle: {exception.Message}");
            return ExitCodes.Errors;
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            Console.Error.WriteLine($"lifecycle: cannot open the store {config.Store.Describe()}: {exception.Message}");
            return ExitCodes.Errors;
        }

        try
        {
            try
            {
                server.StartAsync().GetAwaiter().GetResult();
            }
            catch (IOException exception) when (exception.InnerException is SocketException || exception.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine($"lifecycle: cannot listen on {config.Urls}: {exception.Message}; choose another with --urls");
                return ExitCodes.Errors;
            }
            Console.Error.WriteLine($"lifecycle run: listening on {string.Join(", ", server.Addresses)} (workspace {config.Version}, store {config.Store.Describe()}); Ctrl+C stops");
            if (config.Smtp is null)
            {
                Console.Error.WriteLine("lifecycle run: no --smtp given: emails are logged, not sent");
            }
            server.WaitForShutdownAsync().GetAwaiter().GetResult();
            Console.Error.WriteLine("lifecycle run: stopped");
            return ExitCodes.Success;
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static SmtpSettings ParseSmtp(string text, string from)
    {
        var colon = text.LastIndexOf(':');
        var host = colon < 0 ? text : text[..colon];
        var port = 25;
        if (host.Length == 0 || (colon >= 0 && !int.TryParse(text[(colon + 1)..], out port)) || port is < 1 or > 65535)
        {
            throw new UsageException($"--smtp {text}: give HOST or HOST:PORT, e.g. --smtp mail.example.com:587");
        }
        return new SmtpSettings(host, port, from, Environment.GetEnvironmentVariable("LIFECYCLE_SMTP_USER"),
            Environment.GetEnvironmentVariable("LIFECYCLE_SMTP_PASSWORD"), StartTls: port == 587);
    }

    private static (WorkspaceDef Workspace, byte[] Image)? LoadAssembly(string path)
    {
        if (!path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"{path}: give a workspace folder or a journey assembly (.dll) built by 'lifecycle build'");
        }
        try
        {
            return JourneyAssemblyLoader.LoadFileWithImage(path);
        }
        catch (JourneyAssemblyException exception)
        {
            throw new UsageException(exception.Message);
        }
    }
}
