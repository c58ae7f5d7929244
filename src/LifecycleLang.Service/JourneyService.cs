using LifecycleLang.Runtime;
using LifecycleLang.Service.Outbox;
using LifecycleLang.Service.Storage;
using NodaTime;
using IClock = LifecycleLang.Runtime.IClock;

namespace LifecycleLang.Service;

/// <summary>
/// The engine behind the HTTP API and the timer loop. The engine is single-threaded, so every use of
/// it (and of the store it writes through) goes through one lock, the engine lane. Each request, and
/// each timer instant, is one unit of work: its state changes and its outbox rows are committed in one
/// transaction, or not at all — after a failed commit (or a refused request that already ran) the
/// in-memory engine may hold changes the database does not, so it is rebuilt from the store.
/// </summary>
public sealed class JourneyService
{
    private const string CascadeLimit = "cascade limit";

    private readonly object _lane = new();
    private readonly CompiledWorkspace _workspace;
    private readonly IServiceStore _store;
    private readonly IClock _clock;
    private readonly ServiceSettings _settings;
    private readonly IRuntimeLog _log;
    private readonly TextWriter _traceOut;
    private readonly ListTraceSink _trace = new();
    private readonly OutboxChannelSink _outbox = new();
    private readonly InputReader _reader;
    private Engine? _engine;
    private Instant? _now;

    /// <param name="traceOut">Where committed trace lines go as JSON Lines (stdout for <c>lifecycle run</c>).</param>
    public JourneyService(CompiledWorkspace workspace, IServiceStore store, IClock clock, ServiceSettings settings, IRuntimeLog log, TextWriter? traceOut = null)
    {
        _workspace = workspace;
        _store = store;
        _clock = clock;
        _settings = settings;
        _log = log;
        _traceOut = traceOut ?? TextWriter.Null;
        _reader = new InputReader(workspace);
        lock (_lane)
        {
            Rebuild();
        }
    }

    /// <summary>How many times the engine was built from the store (1 after start; more after failures).</summary>
    public int EngineBuilds { get; private set; }

    /// <summary>The latest instant the engine has processed (an input's <c>at</c> or a timer's due time).</summary>
    public Instant? ServiceTime
    {
        get
        {
            lock (_lane)
            {
                return _now;
            }
        }
    }

    public Instant? NextTimerDue
    {
        get
        {
            lock (_lane)
            {
                return _engine?.NextTimerDue;
            }
        }
    }

    public int PendingTimers
    {
        get
        {
            lock (_lane)
            {
                return _engine?.PendingTimers ?? 0;
            }
        }
    }

    /// <summary>Validates every line, then applies them all in order and commits; or applies nothing.</summary>
    /// <exception cref="CommitFailedException">The store failed; nothing was applied.</exception>
    public SubmitResult Submit(string body)
    {
        lock (_lane)
        {
            var engine = EngineOrRebuild();
            var batch = _reader.Read(OneLine(body));
            if (batch.Unreadable.Count > 0)
            {
                var all = batch.Unreadable.Select(u => new LineError(u.Line, u.Reason))
                    .Concat(batch.Records.OfType<InvalidInput>().Select(i => new LineError(i.Line, i.Reason)))
                    .OrderBy(e => e.Line).ToList();
                return SubmitResult.Refused(400, "some lines cannot be read; nothing was applied", all);
            }
            if (batch.Records.Count == 0)
            {
                return SubmitResult.Refused(400, "the body has no input line: send one JSON object, or JSON Lines (runtime.md §1)", []);
            }
            var errors = batch.Records.OfType<InvalidInput>().Select(i => new LineError(i.Line, i.Reason)).ToList();
            errors.AddRange(TimeErrors(batch.Records));
            if (errors.Count > 0)
            {
                return SubmitResult.Refused(422, "some lines are invalid; nothing was applied", errors.OrderBy(e => e.Line).ToList());
            }
            var (records, adjusted) = SlightlyLateMovedForward(batch.Records);

            BeginUnit();
            try
            {
                foreach (var record in records)
                {
                    engine.Process(record); // fires the timers due by its `at` first
                }
            }
            catch (Exception exception)
            {
                RebuildAfter(exception);
                throw;
            }
            // Lines the engine refuses only once it sees the contact (an unknown contact, a new one
            // lacking required fields) are invalid input too: roll the whole request back.
            var refused = _trace.Lines
                .Where(l => l.Kind == "rejected" && l["line"] is decimal && l["reason"] is string reason && reason != CascadeLimit)
                .Select(l => new LineError((int)(decimal)l["line"]!, (string)l["reason"]!))
                .ToList();
            if (refused.Count > 0)
            {
                Rebuild();
                return SubmitResult.Refused(422, "some lines are invalid for the contacts' current state; nothing was applied", refused);
            }
            var serviceTime = Later(_now, records[^1].At);
            var sends = _outbox.Pending.Count;
            CommitUnit(serviceTime);
            return SubmitResult.Done(records.Count, sends, EmitTrace(), adjusted);
        }
    }

    /// <summary>
    /// Fires the timers due by the wall clock (less the grace), one transaction per due instant.
    /// Returns how many instants were fired.
    /// </summary>
    /// <exception cref="CommitFailedException">The store failed; the firing will be retried.</exception>
    public int FireDueTimers(int maxInstants = 1000)
    {
        var fired = 0;
        // The lane is taken per instant, so requests interleave with a long backlog after downtime.
        while (fired < maxInstants && FireNextInstant())
        {
            fired++;
        }
        return fired;
    }

    private bool FireNextInstant()
    {
        lock (_lane)
        {
            var engine = EngineOrRebuild();
            if (engine.NextTimerDue is not { } due || due > _clock.Now - _settings.TimerGrace)
            {
                return false;
            }
            BeginUnit();
            try
            {
                engine.AdvanceTo(due);
            }
            catch (Exception exception)
            {
                RebuildAfter(exception);
                throw;
            }
            CommitUnit(Later(_now, due));
            EmitTrace();
            return true;
        }
    }

    /// <summary>A contact's committed state (<see cref="StateJson"/>), or null when the contact is unknown.</summary>
    public string? ContactJson(string contactId)
    {
        lock (_lane)
        {
            return _store.CommittedContactJson(contactId);
        }
    }

    /// <summary>
    /// A body that is one JSON object written over several lines (as people and HTTP tools format it)
    /// is read as that one input line; anything else is JSON Lines as it stands.
    /// </summary>
    private static string OneLine(string body)
    {
        if (!body.Contains('\n') || !body.AsSpan().TrimStart().StartsWith("{"))
        {
            return body;
        }
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(body);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object ? document.RootElement.GetRawText().ReplaceLineEndings(" ") : body;
        }
        catch (System.Text.Json.JsonException)
        {
            return body; // several lines: JSON Lines
        }
    }

    /// <summary>The contact's committed trace (the last <paramref name="limit"/> lines), or null when the contact is unknown.</summary>
    public IReadOnlyList<string>? ContactTrace(string contactId, int limit = 1000)
    {
        lock (_lane)
        {
            return _store.CommittedContactJson(contactId) is null ? null : _store.CommittedTrace(contactId, limit);
        }
    }

    private IEnumerable<LineError> TimeErrors(IReadOnlyList<InputRecord> records)
    {
        var latest = _clock.Now + _settings.FutureTolerance;
        foreach (var record in records)
        {
            if (_now is { } now && record.At < now - _settings.LateTolerance)
            {
                yield return new LineError(record.Line,
                    $"at {Rfc3339.Format(record.At)} is before {Rfc3339.Format(now)}, which the service has already processed; " +
                    "inputs must arrive in time order — send it with a later `at` if it should still count");
            }
            else if (record.At > latest)
            {
                yield return new LineError(record.Line,
                    $"at {Rfc3339.Format(record.At)} is more than {_settings.FutureTolerance.TotalMinutes:0.##} minutes ahead of the service's clock " +
                    $"({Rfc3339.Format(_clock.Now)}); send inputs when they happen");
            }
        }
    }

    /// <summary>Lines within the late tolerance are processed at the service time (order is kept:
    /// moving the earliest lines up to one instant preserves the sort).</summary>
    private (IReadOnlyList<InputRecord> Records, IReadOnlyList<LineError> Adjusted) SlightlyLateMovedForward(IReadOnlyList<InputRecord> records)
    {
        if (_now is not { } now || records[0].At >= now)
        {
            return (records, []);
        }
        var adjusted = new List<LineError>();
        var moved = new List<InputRecord>(records.Count);
        foreach (var record in records)
        {
            if (record.At < now)
            {
                adjusted.Add(new LineError(record.Line,
                    $"processed at {Rfc3339.Format(now)}, {(now - record.At).TotalSeconds:0} s after its at {Rfc3339.Format(record.At)}, because the service had already processed that instant"));
                moved.Add(record with { At = now });
            }
            else
            {
                moved.Add(record);
            }
        }
        return (moved, adjusted);
    }

    private static Instant Later(Instant? a, Instant b) => a is { } x && x > b ? x : b;

    private void BeginUnit()
    {
        _trace.Lines.Clear();
        _outbox.Clear();
    }

    private void CommitUnit(Instant serviceTime)
    {
        try
        {
            _store.Commit(_outbox.Pending, serviceTime, _trace.Lines);
        }
        catch (Exception exception)
        {
            RebuildAfter(exception);
            throw new CommitFailedException($"the store could not commit ({exception.Message}); nothing was applied, retry", exception);
        }
        _now = serviceTime;
    }

    private List<string> EmitTrace()
    {
        var lines = _trace.Lines.Select(TraceJson.Serialize).ToList();
        foreach (var line in lines)
        {
            _traceOut.WriteLine(line);
        }
        _traceOut.Flush();
        _trace.Lines.Clear();
        _outbox.Clear();
        return lines;
    }

    private Engine EngineOrRebuild()
    {
        if (_engine is { } engine)
        {
            return engine;
        }
        try
        {
            return Rebuild();
        }
        catch (Exception exception) when (exception is not CommitFailedException)
        {
            _engine = null;
            throw new CommitFailedException($"the store cannot be read ({exception.Message}); nothing was applied, retry", exception);
        }
    }

    private void RebuildAfter(Exception exception)
    {
        _log.Info($"service: work failed ({exception.Message}); rebuilding the engine from the store");
        try
        {
            Rebuild();
        }
        catch (Exception rebuild)
        {
            // The store is unreachable: the next request tries again before touching the engine.
            _engine = null;
            _log.Info($"service: could not rebuild the engine yet ({rebuild.Message})");
        }
    }

    private Engine Rebuild()
    {
        _engine = null;
        _store.Discard();
        _trace.Lines.Clear();
        _outbox.Clear();
        var engine = new Engine(_workspace, new EngineOptions { Store = _store, Trace = _trace, Channels = _outbox, Log = _log });
        _store.Discard(); // the start-up read every contact; keep none of them cached
        _now = _store.StoredServiceTime();
        _engine = engine;
        EngineBuilds++;
        return engine;
    }
}
