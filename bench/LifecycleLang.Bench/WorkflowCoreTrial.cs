using System.Collections.Concurrent;
using System.Globalization;
using Fluid;
using LifecycleLang.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowCore.Interface;
using WorkflowCore.Models;
using NodaInstant = NodaTime.Instant;

namespace LifecycleLang.Bench;

/// <summary>
/// The acceptance journey p1-trial built with WorkflowCore 3.22 (in-memory persistence, its default
/// single-node queue, lock provider and background workers), fed the same input records as our engine:
/// <code>
/// entry on trial_started (reentry never) → send email day0 → wait for upgraded up to 3 days else send
/// email day3 → if contact.plan == Pro send email pro_thanks; goal upgraded within 14 days
/// </code>
/// WorkflowCore has no wait-with-timeout step; its documented idiom is used: a parallel of the
/// <c>WaitFor</c> and a <c>Delay</c>, joined with a cancel condition that ends the other branch.
/// Profiles and the goal are kept by the harness (WorkflowCore has neither contacts nor goals), sends
/// render the same Liquid templates with Fluid, and time is virtual: an <see cref="IDateTimeProvider"/>
/// that the harness sets to each input's <c>at</c>, so 30 days of inputs do not take 30 days.
/// </summary>
public sealed class WorkflowCoreTrial
{
    private static readonly FluidParser Parser = new();

    private readonly VirtualDateTime _clock = new();
    private readonly ConcurrentDictionary<string, Dictionary<string, object?>> _profiles = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Contact, string Template, string Subject)> _sends = new();
    private readonly Dictionary<string, DateTime> _entered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (IFluidTemplate Template, string? Constant)[]> _templates = new(StringComparer.Ordinal);
    private readonly TemplateOptions _liquid = new() { CultureInfo = CultureInfo.InvariantCulture, TimeZone = TimeZoneInfo.Utc };
    private readonly CountingQueue _queue = new(new WorkflowCore.Services.SingleNodeQueueProvider());
    private int _completed;

    public WorkflowCoreTrial()
    {
        // The same templates as p1-trial/workspace/trial.journey.
        Template("day0", "Welcome to your trial, {{ contact.first_name | default: 'friend' }}", "Start by importing your contacts.");
        Template("day3", "Tips for day 3", "Build your first journey.");
        Template("pro_thanks", "Thanks for upgrading", "Here is what Pro unlocks.");
    }

    /// <summary>The harness whose profiles the workflow's <c>if contact.plan == Pro</c> reads (one run at a time).</summary>
    public static WorkflowCoreTrial? Current { get; private set; }

    public int Started { get; private set; }

    public int Completed => Volatile.Read(ref _completed);

    public int Goals { get; private set; }

    public IReadOnlyCollection<(string Contact, string Template, string Subject)> Sends => _sends;

    /// <summary>Runs every record through WorkflowCore and waits until all of it has been processed.</summary>
    public async Task RunAsync(IReadOnlyList<InputRecord> records)
    {
        Current = this;
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(new StderrLogger()));
        services.AddWorkflow(options =>
        {
            // Defaults except: no idle sleep between queue items (a benchmark must not wait on purpose)
            // and no life-cycle event publishing (our engine's trace is off too).
            options.UseIdleTime(TimeSpan.FromMilliseconds(1));
            options.EnableLifeCycleEventsPublisher = false;
            options.UseQueueProvider(_ => _queue);
        });
        services.AddSingleton<IDateTimeProvider>(_clock);
        services.AddSingleton(this);
        services.AddTransient<SendEmail>();
        services.AddTransient<Done>();
        await using var provider = services.BuildServiceProvider();
        var host = provider.GetRequiredService<IWorkflowHost>();
        host.RegisterWorkflow<TrialWorkflow, TrialData>();
        host.OnStepError += (workflow, step, exception) => Console.Error.WriteLine($"WorkflowCore step error in {workflow.Id}: {exception.Message}");
        host.Start();

        var upgradesOfEntered = 0;
        var day = DateTime.MinValue;
        foreach (var record in records)
        {
            var at = ToDateTime(record.At);
            if (at.Date != day)
            {
                // Before the virtual clock moves on to a new day, let WorkflowCore finish what it was
                // given (its queues drained; every workflow whose upgrade has been published completed),
                // as if the day had passed: no 3-day timeout can fire early because the harness ran
                // ahead, and new workflows wait at their WaitFor before the next day's upgrades arrive.
                await WaitUntil(() => Completed >= upgradesOfEntered);
                await WaitUntilIdle();
                day = at.Date;
            }
            _clock.UtcNow = at;
            switch (record)
            {
                case ProfileInput profile:
                    var fields = _profiles.TryGetValue(profile.Id, out var old) ? new Dictionary<string, object?>(old, StringComparer.Ordinal) : new(StringComparer.Ordinal);
                    foreach (var (field, value) in profile.Fields)
                    {
                        fields[field] = value;
                    }
                    _profiles[profile.Id] = fields;
                    break;
                case EventInput { Event: "trial_started" } ev:
                    if (_entered.TryAdd(ev.Id, at)) // reentry never
                    {
                        Started++;
                        await host.StartWorkflow("Trial", 1, new TrialData { ContactId = ev.Id, EnteredAt = at });
                    }
                    break;
                case EventInput ev:
                    if (ev.Event == "upgraded" && _entered.TryGetValue(ev.Id, out var entered))
                    {
                        upgradesOfEntered++;
                        if (at <= entered.AddDays(14))
                        {
                            Goals++;
                        }
                    }
                    await host.PublishEvent(ev.Event, ev.Id, ev.Data, at);
                    break;
            }
        }

        // Like the simulator, let the timers still pending fire (up to 366 days after the last input:
        // WorkflowCore's poller finds the instances whose Delay has run out).
        if (records.Count > 0)
        {
            _clock.UtcNow = ToDateTime(records[^1].At + Simulator.Horizon);
        }
        await WaitUntil(() => Completed >= Started);
        // Events nobody waits for (message_opened) stay unprocessed in WorkflowCore (a later WaitFor
        // could still consume them); the run is over when its queues have been drained.
        await WaitUntilIdle();
        host.Stop();
    }

    // Idle: everything queued has been taken, and nothing new came for three checks in a row.
    private Task WaitUntilIdle()
    {
        var stable = 0;
        var last = -1L;
        return WaitUntil(() =>
        {
            var seen = _queue.Dequeued;
            stable = _queue.Queued == seen && seen == last ? stable + 1 : 0;
            last = seen;
            return stable >= 3;
        });
    }

    private async Task WaitUntil(Func<bool> done)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var reported = 0;
        while (!done())
        {
            await Task.Delay(1);
            if (watch.Elapsed.TotalSeconds > 30 * (reported + 1))
            {
                reported++;
                Console.Error.WriteLine($"WorkflowCore: still waiting at {_clock.UtcNow:u}: started {Started}, completed {Completed}, sends {_sends.Count}");
            }
        }
    }

    private static DateTime ToDateTime(NodaInstant instant) => instant.ToDateTimeUtc();

    private void Template(string name, string subject, string body) =>
        _templates[name] = [Part(subject), Part(body)];

    private (IFluidTemplate, string?) Part(string source)
    {
        var template = Parser.Parse(source);
        var constant = source.Contains("{{", StringComparison.Ordinal) || source.Contains("{%", StringComparison.Ordinal) ? null : source;
        return (template, constant);
    }

    // The work of a send in our engine: render the template's parts for the contact, record the message.
    private void Send(string contact, string templateName, DateTime now)
    {
        var parts = _templates[templateName];
        var rendered = new string[parts.Length];
        TemplateContext? context = null;
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Constant is { } constant)
            {
                rendered[i] = constant;
                continue;
            }
            if (context is null)
            {
                context = new TemplateContext(_liquid) { Now = () => now };
                var profile = _profiles.GetValueOrDefault(contact) ?? [];
                var model = new Dictionary<string, object?>(profile.Count + 1, StringComparer.Ordinal) { ["id"] = contact };
                foreach (var (field, value) in profile)
                {
                    model[field] = value;
                }
                context.SetValue("contact", model);
            }
            rendered[i] = parts[i].Template.Render(context);
        }
        _sends.Enqueue((contact, templateName, rendered[0]));
    }

    public string? PlanOf(string contact) => _profiles.GetValueOrDefault(contact)?.GetValueOrDefault("plan") as string;

    public sealed class TrialData
    {
        public string ContactId { get; set; } = "";

        public DateTime EnteredAt { get; set; }

        public bool Upgraded { get; set; }

        public bool TimedOut { get; set; }
    }

    public sealed class TrialWorkflow : IWorkflow<TrialData>
    {
        public string Id => "Trial";

        public int Version => 1;

        public void Build(IWorkflowBuilder<TrialData> builder) => builder
            .StartWith<SendEmail>()
                .Input(step => step.Template, _ => "day0")
                .Input(step => step.ContactId, data => data.ContactId)
            .Parallel()
                .Do(then => then
                    .StartWith(_ => ExecutionResult.Next())
                    .WaitFor("upgraded", (data, _) => data.ContactId, data => data.EnteredAt)
                    .Then(context => Mark(context, upgraded: true)))
                .Do(then => then
                    .StartWith(_ => ExecutionResult.Next())
                    .Delay(_ => TimeSpan.FromDays(3))
                    .Then(context => Mark(context, upgraded: false)))
            .Join()
                .CancelCondition(data => data.Upgraded || data.TimedOut, true)
            .If(data => data.TimedOut && !data.Upgraded).Do(then => then
                .StartWith<SendEmail>()
                    .Input(step => step.Template, _ => "day3")
                    .Input(step => step.ContactId, data => data.ContactId))
            .If(data => Current!.PlanOf(data.ContactId) == "Pro").Do(then => then
                .StartWith<SendEmail>()
                    .Input(step => step.Template, _ => "pro_thanks")
                    .Input(step => step.ContactId, data => data.ContactId))
            .Then<Done>();

        private static ExecutionResult Mark(IStepExecutionContext context, bool upgraded)
        {
            var data = (TrialData)context.Workflow.Data;
            if (upgraded)
            {
                data.Upgraded = true;
            }
            else
            {
                data.TimedOut = true;
            }
            return ExecutionResult.Next();
        }
    }

    /// <summary><c>send email T</c>.</summary>
    public sealed class SendEmail(WorkflowCoreTrial harness, IDateTimeProvider clock) : StepBody
    {
        public string Template { get; set; } = "";

        public string ContactId { get; set; } = "";

        public override ExecutionResult Run(IStepExecutionContext context)
        {
            harness.Send(ContactId, Template, clock.UtcNow);
            return ExecutionResult.Next();
        }
    }

    /// <summary>The workflow's last step: counts completed instances so the harness knows when WorkflowCore is done.</summary>
    public sealed class Done(WorkflowCoreTrial harness) : StepBody
    {
        public override ExecutionResult Run(IStepExecutionContext context)
        {
            Interlocked.Increment(ref harness._completed);
            return ExecutionResult.Next();
        }
    }

    /// <summary>WorkflowCore's default in-process queue, counting what goes in and out (to know when it is idle).</summary>
    private sealed class CountingQueue(IQueueProvider inner) : IQueueProvider
    {
        private long _queued;
        private long _dequeued;

        public long Queued => Interlocked.Read(ref _queued);

        public long Dequeued => Interlocked.Read(ref _dequeued);

        public bool IsDequeueBlocking => inner.IsDequeueBlocking;

        public Task QueueWork(string id, QueueType queue)
        {
            Interlocked.Increment(ref _queued);
            return inner.QueueWork(id, queue);
        }

        public async Task<string> DequeueWork(QueueType queue, CancellationToken cancellationToken)
        {
            var id = await inner.DequeueWork(queue, cancellationToken);
            if (id is not null)
            {
                Interlocked.Increment(ref _dequeued);
            }
            return id!;
        }

        public Task Start() => inner.Start();

        public Task Stop() => inner.Stop();

        public void Dispose() => inner.Dispose();
    }

    /// <summary>WorkflowCore's warnings and errors on stderr (a benchmark must not hide failures).</summary>
    private sealed class StderrLogger : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Console.Error.WriteLine($"WorkflowCore {logLevel}: {formatter(state, exception)} {exception?.GetType().Name} {exception?.Message}");
    }

    private sealed class VirtualDateTime : IDateTimeProvider
    {
        private long _ticks = DateTime.UnixEpoch.Ticks;

        public DateTime Now => UtcNow;

        public DateTime UtcNow
        {
            get => new(Volatile.Read(ref _ticks), DateTimeKind.Utc);
            set => Volatile.Write(ref _ticks, value.Ticks);
        }
    }
}
