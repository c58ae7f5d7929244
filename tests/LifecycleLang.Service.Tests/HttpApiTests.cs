using System.Net;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace LifecycleLang.Service.Tests;

/// <summary>The service as a client sees it: the real Kestrel on 127.0.0.1 with a free port.</summary>
public sealed class HttpApiTests : IDisposable
{
    private const string Events = """
        {"at":"2026-02-02T14:00:00Z","contact":"p1","profile":{"email":"lee@example.com","first_name":"Lee","plan":"Free"}}
        {"at":"2026-02-02T15:00:00Z","contact":"p1","event":"trial_started","data":{}}
        """;

    private readonly TempStore _temp = new();
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 2, 2, 15, 0));

    public void Dispose() => _temp.Dispose();

    private ServiceConfiguration Config(RecordingAdapter adapter, string? version = null) => new()
    {
        Workspace = TestWorkspace.Get("p1-trial"),
        Version = version ?? TestWorkspace.Version("p1-trial"),
        Store = _temp.Location,
        Urls = "http://127.0.0.1:0",
        Clock = _clock,
        Adapters = [adapter],
        TimerInterval = TimeSpan.FromMilliseconds(50),
        DeliveryInterval = TimeSpan.FromMilliseconds(50),
    };

    [Fact]
    public async Task Post_events_commits_answers_with_the_trace_and_the_outbox_delivers()
    {
        var adapter = new RecordingAdapter();
        await using var server = LifecycleServer.Create(Config(adapter));
        await server.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(Assert.Single(server.Addresses)) };

        var bad = await http.PostAsync("/events", new StringContent(Events + "\n{\"at\":\"2026-02-02T15:00:00Z\",\"contact\":\"p1\",\"event\":\"nope\"}", Encoding.UTF8));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        using (var error = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()))
        {
            var line = Assert.Single(error.RootElement.GetProperty("lines").EnumerateArray());
            Assert.Equal(3, line.GetProperty("line").GetInt32());
            Assert.Contains("nope", line.GetProperty("reason").GetString());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/contacts/p1")).StatusCode);

        var ok = await http.PostAsync("/events", new StringContent(Events, Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using (var body = JsonDocument.Parse(await ok.Content.ReadAsStringAsync()))
        {
            Assert.Equal(2, body.RootElement.GetProperty("applied").GetInt32());
            var kinds = body.RootElement.GetProperty("trace").EnumerateArray().Select(l => l.GetProperty("kind").GetString()).ToList();
            Assert.Equal(["entered", "sent", "waiting"], kinds);
        }

        var contact = await http.GetAsync("/contacts/p1");
        Assert.Equal(HttpStatusCode.OK, contact.StatusCode);
        Assert.Contains("lee@example.com", await contact.Content.ReadAsStringAsync());

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (adapter.ReceivedCount == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.Equal(["Trial/p1/1/1"], adapter.Received);

        // The timer loop runs on the (fake) wall clock: three days later the wait times out.
        _clock.Advance(Duration.FromDays(3) + Duration.FromMinutes(1));
        while (adapter.ReceivedCount < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.Contains("Trial/p1/1/2/else/1", adapter.Received);

        using var health = JsonDocument.Parse(await http.GetStringAsync("/health"));
        Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
        var history = (await http.GetStringAsync("/contacts/p1/trace")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["entered", "sent", "waiting", "resumed", "sent", "branch", "exited"],
            history.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("kind").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/contacts/nobody/trace")).StatusCode);
        Assert.Equal(0, health.RootElement.GetProperty("pendingTimers").GetInt32());
        await server.StopAsync();
    }

    [Fact]
    public async Task Concurrent_requests_are_serialised_and_all_committed()
    {
        await using var server = LifecycleServer.Create(Config(new RecordingAdapter()));
        await server.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(Assert.Single(server.Addresses)) };

        // All at one instant: a request older than what another already committed would be refused (by design).
        var body = Events.Replace("14:00:00", "15:00:00");
        var posts = Enumerable.Range(1, 12).Select(i => http.PostAsync("/events", new StringContent(
            body.Replace("\"p1\"", $"\"c{i:00}\""), Encoding.UTF8))).ToList();
        var answers = await Task.WhenAll(posts);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        for (var i = 1; i <= 12; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/contacts/c{i:00}")).StatusCode);
        }
        using var health = JsonDocument.Parse(await http.GetStringAsync("/health"));
        Assert.Equal(12, health.RootElement.GetProperty("pendingTimers").GetInt32()); // one 3-day wait each
    }

    [Fact]
    public async Task A_store_written_by_other_journeys_is_refused_unless_migrating()
    {
        await using (var first = LifecycleServer.Create(Config(new RecordingAdapter(), version: "sha256:old")))
        {
        }

        var refused = Assert.Throws<StoreVersionException>(() => LifecycleServer.Create(Config(new RecordingAdapter())));
        Assert.Contains("sha256:old", refused.Message);
        Assert.Contains("--migrate", refused.Message);

        await using var migrated = LifecycleServer.Create(Config(new RecordingAdapter()) with { Migrate = true });
        Assert.Contains("migrated", migrated.MigrationNote);
        await using var again = LifecycleServer.Create(Config(new RecordingAdapter())); // the store now belongs to this version
        Assert.Null(again.MigrationNote);
    }
}
