using LifecycleLang.Runtime;
using NodaTime;

namespace LifecycleLang.Service.Tests;

public sealed class JourneyServiceTests : IDisposable
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 2, 2, 14, 0);
    private const string Profile = """{"at":"2026-02-02T14:00:00Z","contact":"p1","profile":{"email":"lee@example.com","first_name":"Lee","plan":"Free"}}""";
    private const string Started = """{"at":"2026-02-02T15:00:00Z","contact":"p1","event":"trial_started","data":{}}""";

    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Cases() => new(RepoPaths.AcceptanceCases());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Inputs_posted_one_by_one_with_the_clock_running_give_the_simulators_trace(string name)
    {
        var events = TestWorkspace.Events(name);
        var lines = events.Split('\n');
        var batch = new InputReader(TestWorkspace.Get(name)).Read(events);
        var last = batch.Records[^1].At;
        using var harness = new ServiceHarness(name, _temp, new FakeClock(batch.Records[0].At));

        foreach (var record in batch.Records) // in time order, as a real sender would post them
        {
            harness.Clock.Now = record.At;
            harness.Service.FireDueTimers();
            var result = harness.Service.Submit(lines[record.Line - 1]);
            // The simulator traces a bad line as `rejected`; the service refuses it with nothing applied.
            Assert.True(result.Succeeded || record is InvalidInput || result.Status == 422, $"line {record.Line}: {result.Status} {result.Error}");
        }
        harness.Clock.Now = last + Simulator.Horizon;
        harness.Service.FireDueTimers();

        var expected = ServiceHarness.Simulate(name, events, last + Simulator.Horizon).Where(l => !l.Contains("\"kind\":\"rejected\"")).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, harness.TraceLines);
    }

    [Fact]
    public void A_request_with_a_bad_line_applies_nothing_and_names_the_line()
    {
        using var harness = new ServiceHarness("p1-trial", _temp, new FakeClock(T0));
        var body = Profile + "\n\n" + """{"at":"2026-02-02T15:00:00Z","contact":"p1","event":"upgraded","data":{"plan":"Gold"}}""";

        var result = harness.Service.Submit(body);

        Assert.Equal(422, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line); // blank lines count
        Assert.Contains("Gold", error.Reason);
        Assert.Null(harness.Service.ContactJson("p1"));
        Assert.Empty(harness.TraceLines);
    }

    [Fact]
    public void One_json_object_over_several_lines_is_one_input()
    {
        using var harness = new ServiceHarness("p1-trial", _temp, new FakeClock(T0));
        var result = harness.Service.Submit("""
            {
              "at": "2026-02-02T14:00:00Z",
              "contact": "p1",
              "profile": { "email": "lee@example.com", "plan": "Free" }
            }
            """);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(1, result.Applied);
        Assert.Contains("lee@example.com", harness.Service.ContactJson("p1"));
    }

    [Fact]
    public void An_unreadable_line_is_a_400_naming_it()
    {
        using var harness = new ServiceHarness("p1-trial", _temp, new FakeClock(T0));
        var result = harness.Service.Submit(Profile + "\n{not json");
        Assert.Equal(400, result.Status);
        Assert.Equal(2, Assert.Single(result.Errors).Line);
        Assert.Null(harness.Service.ContactJson("p1"));
    }

    [Fact]
    public void A_line_the_engine_refuses_rolls_the_whole_request_back()
    {
        using var harness = new ServiceHarness("p1-trial", _temp, new FakeClock(T0));
        // p2 was never seen and the schema requires `plan`: only the engine can tell, after p1's line ran.
        var body = Profile + "\n" + """{"at":"2026-02-02T14:00:00Z","contact":"p2","event":"trial_started","data":{}}""";

        var result = harness.Service.Submit(body);

        Assert.Equal(422, result.Status);
        Assert.Equal(2, Assert.Single(result.Errors).Line);
        Assert.Contains("send a profile first", result.Errors[0].Reason);
        Assert.Null(harness.Service.ContactJson("p1"));
        Assert.True(harness.Service.Submit(Profile).Succeeded); // the rebuilt engine has no trace of the refused p1
        Assert.Contains("\"plan\":\"Free\"", harness.Service.ContactJson("p1"));
    }

    [Fact]
    public void Inputs_older_than_what_was_processed_or_far_ahead_of_the_clock_are_refused()
    {
        using var harness = new ServiceHarness("p1-trial", _temp, new FakeClock(T0 + Duration.FromHours(1)));
        Assert.True(harness.Service.Submit(Profile.Replace("14:00", "14:30") + "\n" + Started.Replace("15:00", "14:30")).Succeeded);

        var late = harness.Service.Submit(Profile);
        Assert.Equal(422, late.Status);
        Assert.Contains("before 2026-02-02T14:30:00Z", Assert.Single(late.Errors).Reason);

        var service = new JourneyService(TestWorkspace.Get("p1-trial"), harness.Store, harness.Clock, ServiceSettings.Default, TextWriterLog.None);
        var future = service.Submit(Started.Replace("2026-02-02", "2026-02-03"));
        Assert.Equal(422, future.Status);
        Assert.Contains("ahead of the service's clock", Assert.Single(future.Errors).Reason);
    }

    [Fact]
    public void A_line_a_few_seconds_older_than_the_service_time_is_processed_then_and_reported()
    {
        using var harness = new ServiceHarness("p1-trial", _temp, new FakeClock(T0 + Duration.FromHours(1)));
        Assert.True(harness.Service.Submit(Profile.Replace("14:00:00", "15:00:05")).Succeeded);

        var result = harness.Service.Submit(Started.Replace("15:00:00", "15:00:01") + "\n" + Started.Replace("15:00:00", "15:00:09"));

        Assert.True(result.Succeeded, result.Error);
        var adjusted = Assert.Single(result.Adjusted);
        Assert.Equal(1, adjusted.Line);
        Assert.Contains("processed at 2026-02-02T15:00:05Z, 4 s after", adjusted.Reason);
        Assert.StartsWith("""{"at":"2026-02-02T15:00:05Z","contact":"p1","journey":"Trial","kind":"entered"}""", result.Trace[0]);
        Assert.Equal(422, harness.Service.Submit(Started.Replace("15:00:00", "15:00:03")).Status); // 6 s late: refused
    }

    [Fact]
    public void A_new_service_on_the_same_file_continues_waiting_instances_and_fires_their_timers()
    {
        var events = Profile + "\n" + Started;
        List<string> before;
        using (var first = new ServiceHarness("p1-trial", _temp, new FakeClock(T0 + Duration.FromHours(1))))
        {
            Assert.True(first.Service.Submit(events).Succeeded);
            Assert.Equal(1, first.Service.PendingTimers); // the 3-day wait for `upgraded`
            before = first.TraceLines.ToList();
        }

        using var second = new ServiceHarness("p1-trial", _temp, new FakeClock(T0 + Duration.FromHours(1)));
        Assert.Equal(1, second.Service.PendingTimers);
        Assert.Equal(T0 + Duration.FromHours(1), second.Service.ServiceTime);
        Assert.Equal(0, second.Service.FireDueTimers()); // not due yet
        Assert.Contains("\"Active\"", second.Service.ContactJson("p1"));

        second.Clock.Advance(Duration.FromDays(3));
        Assert.Equal(1, second.Service.FireDueTimers());

        var expected = ServiceHarness.Simulate("p1-trial", events, T0 + Duration.FromDays(30));
        Assert.Contains(second.TraceLines, l => l.Contains("\"kind\":\"resumed\"") && l.Contains("\"by\":\"timeout\""));
        Assert.Equal(expected, before.Concat(second.TraceLines).ToList());
        Assert.DoesNotContain("\"Active\"", second.Service.ContactJson("p1")); // the instance ended, and that was committed
    }

    [Fact]
    public void A_failed_commit_applies_nothing_and_the_rebuilt_engine_matches_the_store()
    {
        FlakyStore? flaky = null;
        using var harness = new ServiceHarness("p1-trial", _temp, new FakeClock(T0 + Duration.FromHours(1)), s => flaky = new FlakyStore(s));
        flaky!.FailCommits = 1;
        var events = Profile + "\n" + Started;

        Assert.Throws<CommitFailedException>(() => harness.Service.Submit(events));
        Assert.Null(harness.Service.ContactJson("p1"));
        Assert.Equal(2, harness.Service.EngineBuilds);
        Assert.Equal(0, harness.Service.PendingTimers); // the diverged engine's wait timer is gone with it
        Assert.Empty(_temp.Outbox().Due(T0 + Duration.FromDays(1), 10));

        // The retry enters the journey afresh: had the engine kept the failed request's state, the
        // contact would already be in the journey and `entry on` would not fire again.
        var retry = harness.Service.Submit(events);
        Assert.True(retry.Succeeded);
        Assert.Equal(ServiceHarness.Simulate("p1-trial", events, T0 + Duration.FromHours(2)), harness.TraceLines);
        Assert.Single(_temp.Outbox().Due(T0 + Duration.FromDays(1), 10));
    }

    [Fact]
    public void A_failed_timer_commit_is_retried_by_the_next_tick()
    {
        FlakyStore? flaky = null;
        using var harness = new ServiceHarness("p1-trial", _temp, new FakeClock(T0 + Duration.FromHours(1)), s => flaky = new FlakyStore(s));
        Assert.True(harness.Service.Submit(Profile + "\n" + Started).Succeeded);
        harness.Clock.Advance(Duration.FromDays(3));
        flaky!.FailCommits = 1;

        Assert.Throws<CommitFailedException>(() => harness.Service.FireDueTimers());
        Assert.Equal(1, harness.Service.PendingTimers);
        Assert.Equal(1, harness.Service.FireDueTimers());
        Assert.Equal(2, _temp.Outbox().Due(T0 + Duration.FromDays(10), 10).Count); // day0, then day3 once
    }
}
