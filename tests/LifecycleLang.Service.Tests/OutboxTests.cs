using System.Net;
using LifecycleLang.Service.Delivery;
using LifecycleLang.Service.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace LifecycleLang.Service.Tests;

public sealed class OutboxTests : IDisposable
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 2, 2, 14, 0);
    private const string Events = """
        {"at":"2026-02-02T14:00:00Z","contact":"p1","profile":{"email":"lee@example.com","first_name":"Lee","plan":"Free"}}
        {"at":"2026-02-02T15:00:00Z","contact":"p1","event":"trial_started","data":{}}
        """;

    private readonly TempStore _temp = new();
    private readonly FakeClock _clock = new(T0 + Duration.FromHours(1));

    public void Dispose() => _temp.Dispose();

    private ServiceHarness Committed()
    {
        var harness = new ServiceHarness("p1-trial", _temp, _clock);
        Assert.True(harness.Service.Submit(Events).Succeeded);
        return harness;
    }

    private DeliveryWorker Worker(IOutboxStore outbox, RecordingAdapter adapter) =>
        new(outbox, [adapter], _clock, RetryPolicy.Default, NullLogger.Instance);

    [Fact]
    public void A_send_is_committed_with_the_state_that_made_it()
    {
        using var harness = Committed();
        var row = Assert.Single(_temp.Outbox().Due(_clock.Now, 10));
        Assert.Equal("Trial/p1/1/1", row.IdempotencyKey); // journey/contact/instance/step
        Assert.Equal("Welcome to your trial, Lee", row.Parts["subject"]);
        Assert.Contains("\"Trial\"", harness.Service.ContactJson("p1"));
    }

    [Fact]
    public async Task The_worker_delivers_each_row_once()
    {
        using var harness = Committed();
        var adapter = new RecordingAdapter();
        var worker = Worker(_temp.Outbox(), adapter);

        Assert.Equal(1, await worker.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await worker.RunOnceAsync(CancellationToken.None));

        Assert.Equal(["Trial/p1/1/1"], adapter.Attempts);
        Assert.Equal(new OutboxCounts(0, 1, 0), _temp.Outbox().Counts());
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_after_its_backoff()
    {
        using var harness = Committed();
        var adapter = new RecordingAdapter { FailNext = 1 };
        var worker = Worker(_temp.Outbox(), adapter);

        await worker.RunOnceAsync(CancellationToken.None);
        Assert.Empty(adapter.Received);
        Assert.Equal(0, await worker.RunOnceAsync(CancellationToken.None)); // backing off

        _clock.Advance(RetryPolicy.Default.First);
        await worker.RunOnceAsync(CancellationToken.None);

        Assert.Equal(["Trial/p1/1/1", "Trial/p1/1/1"], adapter.Attempts);
        Assert.Single(adapter.Received);
        Assert.Equal(new OutboxCounts(0, 1, 0), _temp.Outbox().Counts());
    }

    [Fact]
    public async Task A_crash_between_delivery_and_marking_redelivers_with_the_same_key()
    {
        using var harness = Committed();
        var adapter = new RecordingAdapter();
        var crashing = new CrashingOutbox(_temp.Outbox()) { CrashBeforeMarking = true };

        await Assert.ThrowsAsync<InvalidOperationException>(() => Worker(crashing, adapter).RunOnceAsync(CancellationToken.None));
        Assert.Equal(new OutboxCounts(1, 0, 0), _temp.Outbox().Counts()); // not lost

        await Worker(_temp.Outbox(), adapter).RunOnceAsync(CancellationToken.None); // the restarted process

        Assert.Equal(["Trial/p1/1/1", "Trial/p1/1/1"], adapter.Attempts); // at least once...
        Assert.Single(adapter.Received); // ...and once for a receiver that dedups by key
        Assert.Equal(new OutboxCounts(0, 1, 0), _temp.Outbox().Counts());
    }

    [Fact]
    public async Task A_row_is_given_up_after_the_last_attempt_and_kept()
    {
        using var harness = Committed();
        var adapter = new RecordingAdapter { FailNext = 100 };
        var worker = new DeliveryWorker(_temp.Outbox(), [adapter], _clock, new RetryPolicy(Duration.FromSeconds(1), Duration.FromSeconds(1), 3), NullLogger.Instance);
        for (var i = 0; i < 5; i++)
        {
            await worker.RunOnceAsync(CancellationToken.None);
            _clock.Advance(Duration.FromSeconds(1));
        }
        Assert.Equal(3, adapter.Attempts.Count);
        Assert.Equal(new OutboxCounts(0, 0, 1), _temp.Outbox().Counts());
    }

    [Fact]
    public async Task The_webhook_adapter_sends_the_idempotency_key_and_fails_on_non_2xx()
    {
        var handler = new CapturingHandler(HttpStatusCode.OK);
        var adapter = new WebhookAdapter(new HttpClient(handler));
        var message = new OutboxMessage(1, "Route/c1/7/2", "2026-02-02T14:00:00Z", "c1", "Route", 7, "2", "webhook", "crm",
            new Dictionary<string, string> { ["url"] = "http://127.0.0.1:9/hook?c=c1", ["body"] = """{"id":"c1"}""" }, null, "PUT", 0);

        await adapter.DeliverAsync(message, CancellationToken.None);
        Assert.Equal(HttpMethod.Put, handler.Request!.Method);
        Assert.Equal("Route/c1/7/2", Assert.Single(handler.Request.Headers.GetValues(WebhookAdapter.IdempotencyHeader)));
        Assert.Equal("""{"id":"c1"}""", handler.Body);

        handler.Status = HttpStatusCode.InternalServerError;
        await Assert.ThrowsAsync<HttpRequestException>(() => adapter.DeliverAsync(message, CancellationToken.None));
    }

    [Fact]
    public async Task The_smtp_adapter_sends_the_rendered_email_with_the_key()
    {
        using var smtp = new FakeSmtpServer();
        var adapter = new SmtpEmailAdapter(new SmtpSettings("127.0.0.1", smtp.Port, "journeys@example.com"));
        var message = new OutboxMessage(1, "Trial/p1/1/1", "2026-02-02T15:00:00Z", "p1", "Trial", 1, "1", "email", "day0",
            new Dictionary<string, string> { ["subject"] = "Welcome to your trial, Lee", ["body"] = "Start by importing your contacts." },
            "lee@example.com", "POST", 0);

        await adapter.DeliverAsync(message, CancellationToken.None);

        var data = Assert.Single(smtp.Messages);
        Assert.Contains("Subject: Welcome to your trial, Lee", data);
        Assert.Contains("To: lee@example.com", data);
        Assert.Contains("X-Idempotency-Key: Trial/p1/1/1", data);
        Assert.Contains($"Message-Id: <{SmtpEmailAdapter.MessageIdOf("Trial/p1/1/1")}>", data, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Start by importing your contacts.", data);
    }

    [Fact]
    public void The_email_message_id_is_stable_per_key()
    {
        Assert.Equal(SmtpEmailAdapter.MessageIdOf("Trial/p1/1/1"), SmtpEmailAdapter.MessageIdOf("Trial/p1/1/1"));
        Assert.NotEqual(SmtpEmailAdapter.MessageIdOf("Trial/p1/1/1"), SmtpEmailAdapter.MessageIdOf("Trial/p1/2/1"));
    }

    private sealed class CapturingHandler(HttpStatusCode status) : HttpMessageHandler
    {
        public HttpStatusCode Status { get; set; } = status;

        public HttpRequestMessage? Request { get; private set; }

        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(Status);
        }
    }
}
