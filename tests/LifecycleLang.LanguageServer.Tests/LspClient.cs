using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LifecycleLang.LanguageServer.Tests;

/// <summary>
/// A minimal LSP client for tests: starts the real server process (`dotnet LifecycleLang.LanguageServer.dll`)
/// and exchanges Content-Length framed JSON-RPC messages over its stdin/stdout, written and read byte by byte
/// here so that the framing itself is under test.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly List<JsonNode> _notifications = [];
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly StringBuilder _stderr = new();
    private readonly Task _reader;
    private int _nextId;

    private LspClient(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        _reader = Task.Run(ReadLoopAsync);
    }

    public static string ServerDll => Path.Combine(AppContext.BaseDirectory, "LifecycleLang.LanguageServer.dll");

    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static LspClient Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ServerDll);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the server");
        return new LspClient(process);
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public async Task<JsonNode?> RequestAsync(string method, object? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var pending = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = pending;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = ToNode(parameters) });
        var response = await pending.Task.WaitAsync(Timeout);
        if (response?["error"] is { } error)
        {
            throw new LspErrorException((int)error["code"]!, (string)error["message"]!);
        }

        return response?["result"];
    }

    public Task NotifyAsync(string method, object? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = ToNode(parameters) });

    /// <summary>Waits for a notification of the method that satisfies the predicate (earlier ones included).</summary>
    public async Task<JsonNode> WaitForNotificationAsync(string method, Func<JsonNode, bool>? predicate = null)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_notifications)
            {
                var found = _notifications.FirstOrDefault(n => (string?)n["method"] == method && (predicate is null || predicate(n["params"]!)));
                if (found is not null)
                {
                    return found["params"]!;
                }
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"no {method} notification within {Timeout}; stderr: {StandardError}");
    }

    public void ClearNotifications()
    {
        lock (_notifications)
        {
            _notifications.Clear();
        }
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            await _reader.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception exception) when (exception is IOException or TimeoutException or ObjectDisposedException)
        {
        }
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node,
        _ => JsonSerializer.SerializeToNode(value, value.GetType()),
    };

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            await _input.WriteAsync(header);
            await _input.WriteAsync(body);
            await _input.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        while (await ReadMessageAsync() is { } message)
        {
            if (message["id"] is { } id && message["method"] is null)
            {
                if (_pending.TryRemove((int)id, out var pending))
                {
                    pending.TrySetResult(message);
                }
            }
            else if (message["id"] is { } requestId && message["method"] is not null)
            {
                // A request from the server (e.g. client/registerCapability): answer with null.
                await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = null });
            }
            else
            {
                lock (_notifications)
                {
                    _notifications.Add(message);
                }
            }
        }
    }

    private async Task<JsonNode?> ReadMessageAsync()
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync();
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var buffer = new byte[length];
        await _output.ReadExactlyAsync(buffer);
        return JsonNode.Parse(buffer);
    }

    private async Task<string?> ReadHeaderLineAsync()
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await _output.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString([.. bytes]).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }
}

public sealed class LspErrorException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}
