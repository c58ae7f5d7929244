using System.Collections.Immutable;
using System.Globalization;
using LifecycleLang.Semantics;
using LifecycleLang.Semantics.Binding;
using LifecycleLang.Semantics.Facts;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Review;

/// <summary>
/// Compares two versions of a workspace by meaning, not by text: layout and comments never count.
/// Declarations are matched by name; journey steps by label and by position in their block (an
/// alignment of the steps' own lines), so an inserted step reads as one insertion, not as every later
/// step changing. Waiting steps whose id changes and removed steps are marked as affecting contacts
/// already inside the journey (runtime.md §5: instances wait at a step id).
/// </summary>
public static class SemanticDiff
{
    public static DiffReport Compare(Compilation before, Compilation after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<DiffChange>();
        var a = before.GetSemanticModel();
        var b = after.GetSemanticModel();
        Settings(a.Symbols.Settings, b.Symbols.Settings, changes);
        Fields("contact", a.Symbols.Contact.Fields.Where(f => !f.IsImplicitId), b.Symbols.Contact.Fields.Where(f => !f.IsImplicitId), changes);
        Enums(a.Symbols, b.Symbols, changes);
        Events(a.Symbols, b.Symbols, changes);
        Funnels(a.Symbols, b.Symbols, changes);
        Segments(a.Symbols, b.Symbols, changes);
        Scores(a.Symbols, b.Symbols, changes);
        Templates(a.Symbols, b.Symbols, changes);
        Journeys(a, b, changes);

        var notes = new List<string>();
        Note("old", before, notes);
        Note("new", after, notes);
        return new DiffReport([.. changes], [.. notes]);
    }

    private static void Note(string side, Compilation compilation, List<string> notes)
    {
        var errors = compilation.GetDiagnostics().Count(d => d.IsError);
        if (errors > 0)
        {
            notes.Add($"the {side} version has {errors} error(s) ('lifecycle check' lists them); the diff covers what could be read");
        }
    }

    // ───────────────────────────── declarations ─────────────────────────────

    private static void Settings(WorkspaceSettings a, WorkspaceSettings b, List<DiffChange> changes)
    {
        const string subject = "settings";
        Value(subject, "time zone", a.TimeZone, b.TimeZone, changes);
        Value(subject, "quiet hours", QuietHoursText(a.QuietHours), QuietHoursText(b.QuietHours), changes);
        foreach (var channel in Enum.GetValues<Channel>())
        {
            var capA = a.Caps.FirstOrDefault(c => c.Channel == channel);
            var capB = b.Caps.FirstOrDefault(c => c.Channel == channel);
            Value(subject, $"{ChannelFacts.ToName(channel)} cap", CapText(capA), CapText(capB), changes);
        }
    }

    private static void Fields(string subject, IEnumerable<FieldSymbol> before, IEnumerable<FieldSymbol> after, List<DiffChange> changes)
    {
        var a = before.ToList();
        var b = after.ToList();
        foreach (var field in a.Where(f => b.All(g => g.Name != f.Name)))
        {
            changes.Add(new DiffChange(subject, ChangeKind.Removed, $"field {field.Name}: {TypeText(field)} removed"));
        }

        foreach (var field in b.Where(f => a.All(g => g.Name != f.Name)))
        {
            changes.Add(new DiffChange(subject, ChangeKind.Added, $"field {field.Name}: {TypeText(field)} added"));
        }

        foreach (var field in a)
        {
            if (b.FirstOrDefault(g => g.Name == field.Name) is { } other && TypeText(field) != TypeText(other))
            {
                changes.Add(new DiffChange(subject, ChangeKind.Changed, $"field {field.Name}: type changed from {TypeText(field)} to {TypeText(other)}"));
            }
        }
    }

    private static void Enums(WorkspaceSymbols a, WorkspaceSymbols b, List<DiffChange> changes) =>
        Named(a.Enums.Where(e => !e.IsBuiltIn), b.Enums.Where(e => !e.IsBuiltIn), "enum", e => string.Join(", ", e.Members.Select(m => m.Name)), changes, (x, y, subject) =>
        {
            foreach (var member in x.Members.Where(m => y.GetMember(m.Name) is null))
            {
                changes.Add(new DiffChange(subject, ChangeKind.Removed, $"member {member.Name} removed"));
            }

            foreach (var member in y.Members.Where(m => x.GetMember(m.Name) is null))
            {
                changes.Add(new DiffChange(subject, ChangeKind.Added, $"member {member.Name} added"));
            }
        });

    private static void Events(WorkspaceSymbols a, WorkspaceSymbols b, List<DiffChange> changes) =>
        Named(a.Events.Where(e => !e.IsBuiltIn), b.Events.Where(e => !e.IsBuiltIn), "event", e => "{ " + string.Join(", ", e.Fields.Select(f => $"{f.Name}: {TypeText(f)}")) + " }", changes,
            (x, y, subject) => Fields(subject, x.Fields, y.Fields, changes));

    private static void Funnels(WorkspaceSymbols a, WorkspaceSymbols b, List<DiffChange> changes) =>
        Named(a.Funnels, b.Funnels, "funnel", f => string.Join(", ", f.Stages.Select(s => s.Name)), changes, (x, y, subject) =>
        {
            foreach (var stage in x.Stages.Where(s => y.GetStage(s.Name) is null))
            {
                changes.Add(new DiffChange(subject, ChangeKind.Removed, $"stage {stage.Name} removed"));
            }

            foreach (var stage in y.Stages.Where(s => x.GetStage(s.Name) is null))
            {
                changes.Add(new DiffChange(subject, ChangeKind.Added, $"stage {stage.Name} added{StageAttributes(stage)}"));
            }

            var common = x.Stages.Where(s => y.GetStage(s.Name) is not null).Select(s => s.Name).ToList();
            var commonAfter = y.Stages.Where(s => x.GetStage(s.Name) is not null).Select(s => s.Name).ToList();
            if (!common.SequenceEqual(commonAfter))
            {
                changes.Add(new DiffChange(subject, ChangeKind.Moved, $"stage order changed from {string.Join(", ", common)} to {string.Join(", ", commonAfter)}"));
            }

            foreach (var stage in x.Stages)
            {
                if (y.GetStage(stage.Name) is not { } other)
                {
                    continue;
                }

                Value(subject, $"stage {stage.Name} owner", stage.Owner ?? "none", other.Owner ?? "none", changes);
                Value(subject, $"stage {stage.Name} sla", stage.Sla is { } s1 ? DurationFormatter.Format(s1) : "none", other.Sla is { } s2 ? DurationFormatter.Format(s2) : "none", changes);
            }
        });

    private static void Segments(WorkspaceSymbols a, WorkspaceSymbols b, List<DiffChange> changes) =>
        Named(a.Segments, b.Segments, "segment", s => Describe.Expression(s.Syntax.Condition), changes,
            (x, y, subject) => Value(subject, "condition", Describe.Expression(x.Syntax.Condition), Describe.Expression(y.Syntax.Condition), changes));

    private static void Scores(WorkspaceSymbols a, WorkspaceSymbols b, List<DiffChange> changes) =>
        Named(a.ScoreModels, b.ScoreModels, "score", s => $"{s.Rules.Length} rule(s)", changes, (x, y, subject) =>
        {
            var before = x.Rules.ToList();
            var after = y.Rules.ToList();

            // First rules that read the same apart from their points, then leftover rules on the same event.
            var pairs = new List<(BoundScoreRule Old, BoundScoreRule New)>();
            foreach (var key in new Func<BoundScoreRule, string>[] { RuleKey, RuleEventKey })
            {
                foreach (var rule in before.ToList())
                {
                    if (after.FirstOrDefault(r => key(r) == key(rule)) is { } match)
                    {
                        pairs.Add((rule, match));
                        before.Remove(rule);
                        after.Remove(match);
                    }
                }
            }

            foreach (var (old, @new) in pairs)
            {
                if (RuleKey(old) != RuleKey(@new))
                {
                    changes.Add(new DiffChange(subject, ChangeKind.Changed, $"rule {RuleName(old)} changed to {RuleName(@new)}"));
                }

                if (old.Points != @new.Points)
                {
                    changes.Add(new DiffChange(subject, ChangeKind.Changed, $"rule {RuleName(@new)} changed from {Points(old.Points)} to {Points(@new.Points)}"));
                }
            }

            foreach (var rule in before)
            {
                changes.Add(new DiffChange(subject, ChangeKind.Removed, $"rule {Points(rule.Points)} {RuleName(rule)} removed"));
            }

            foreach (var rule in after)
            {
                changes.Add(new DiffChange(subject, ChangeKind.Added, $"rule {Points(rule.Points)} {RuleName(rule)} added"));
            }

            Value(subject, "decay", x.Decay is { } d1 ? $"{Number(d1.Amount)} every {DurationFormatter.Format(d1.Period)}" : "none", y.Decay is { } d2 ? $"{Number(d2.Amount)} every {DurationFormatter.Format(d2.Period)}" : "none", changes);
            Value(subject, "min", x.Min is { } m1 ? Number(m1) : "none", y.Min is { } m2 ? Number(m2) : "none", changes);
            Value(subject, "max", x.Max is { } n1 ? Number(n1) : "none", y.Max is { } n2 ? Number(n2) : "none", changes);
        });

    private static void Templates(WorkspaceSymbols a, WorkspaceSymbols b, List<DiffChange> changes) =>
        Named(a.Templates, b.Templates, "template", t => ChannelText(t.Channel), changes, (x, y, subject) =>
        {
            Value(subject, "channel", ChannelText(x.Channel), ChannelText(y.Channel), changes);
            if (x.Channel == Channel.Webhook || y.Channel == Channel.Webhook)
            {
                Value(subject, "method", x.Method ?? "POST", y.Method ?? "POST", changes);
            }

            foreach (var part in x.Parts.Where(p => p.Kind != TemplatePartKind.Name))
            {
                if (y.GetPart(part.Name) is not { } other)
                {
                    changes.Add(new DiffChange(subject, ChangeKind.Removed, $"{part.Name} removed", Details: [.. TextDiff.Lines(part.Text, null)]));
                    continue;
                }

                if (PartSource(x, part) != PartSource(y, other))
                {
                    changes.Add(new DiffChange(subject, ChangeKind.Changed, $"{part.Name} now comes from {PartSource(y, other)} instead of {PartSource(x, part)}"));
                }

                if (part.Text != other.Text)
                {
                    changes.Add(new DiffChange(subject, ChangeKind.Changed, $"{part.Name} text changed", Details: [.. TextDiff.Lines(part.Text, other.Text)]));
                }
            }

            foreach (var part in y.Parts.Where(p => p.Kind != TemplatePartKind.Name && x.GetPart(p.Name) is null))
            {
                changes.Add(new DiffChange(subject, ChangeKind.Added, $"{part.Name} added", Details: [.. TextDiff.Lines(null, part.Text)]));
            }
        });

    private static void Named<T>(IEnumerable<T> before, IEnumerable<T> after, string kind, Func<T, string> summary, List<DiffChange> changes, Action<T, T, string> compare)
        where T : Symbol
    {
        var a = before.ToList();
        var b = after.ToList();
        foreach (var symbol in a.Where(s => b.All(o => o.Name != s.Name)).OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            changes.Add(new DiffChange($"{kind} {symbol.Name}", ChangeKind.Removed, $"removed (was {summary(symbol)})"));
        }

        foreach (var symbol in b.Where(s => a.All(o => o.Name != s.Name)).OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            changes.Add(new DiffChange($"{kind} {symbol.Name}", ChangeKind.Added, $"added ({summary(symbol)})"));
        }

        foreach (var symbol in a.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (b.FirstOrDefault(o => o.Name == symbol.Name) is { } other)
            {
                compare(symbol, other, $"{kind} {symbol.Name}");
            }
        }
    }

    private static void Value(string subject, string what, string before, string after, List<DiffChange> changes)
    {
        if (before != after)
        {
            changes.Add(new DiffChange(subject, ChangeKind.Changed, $"{what} changed from {before} to {after}"));
        }
    }

    // ───────────────────────────── journeys ─────────────────────────────

    private static void Journeys(SemanticModel a, SemanticModel b, List<DiffChange> changes)
    {
        var before = a.Journeys.ToList();
        var after = b.Journeys.ToList();
        foreach (var journey in before.Where(j => after.All(o => o.Name != j.Name)).OrderBy(j => j.Name, StringComparer.Ordinal))
        {
            changes.Add(new DiffChange($"journey {journey.Name}", ChangeKind.Removed, $"removed ({CountSteps(journey.Steps)} steps); contacts inside it stop where they are", AffectsRunningContacts: true));
        }

        foreach (var journey in after.Where(j => before.All(o => o.Name != j.Name)).OrderBy(j => j.Name, StringComparer.Ordinal))
        {
            var entries = string.Join("; ", journey.Entries.Select(e => Describe.Clause(e.Syntax)));
            changes.Add(new DiffChange($"journey {journey.Name}", ChangeKind.Added, $"added ({CountSteps(journey.Steps)} steps; {entries})"));
        }

        foreach (var journey in before.OrderBy(j => j.Name, StringComparer.Ordinal))
        {
            if (after.FirstOrDefault(o => o.Name == journey.Name) is { } other)
            {
                new JourneyDiff(journey, other, changes).Run();
            }
        }
    }

    private sealed class JourneyDiff(BoundJourney a, BoundJourney b, List<DiffChange> changes)
    {
        private readonly string _subject = $"journey {a.Name}";
        private readonly Dictionary<BoundStep, BoundStep> _matched = new(ReferenceEqualityComparer.Instance);
        private readonly List<(BoundStep Step, BoundStep? Previous)> _removed = [];
        private readonly List<(BoundStep Step, BoundStep? Previous)> _added = [];

        public void Run()
        {
            Value(_subject, "funnel", a.Funnel?.Name ?? "none", b.Funnel?.Name ?? "none", changes);
            Clauses("entry", a.Entries.Select(e => Describe.Clause(e.Syntax)), b.Entries.Select(e => Describe.Clause(e.Syntax)));
            Clauses("exit", a.Exits.Select(e => Describe.Clause(e.Syntax)), b.Exits.Select(e => Describe.Clause(e.Syntax)));
            Value(_subject, "goal", a.Goal is null ? "none" : Describe.Clause(a.Goal.Syntax)["goal ".Length..], b.Goal is null ? "none" : Describe.Clause(b.Goal.Syntax)["goal ".Length..], changes);
            Value(_subject, "reentry", ReentryText(a), ReentryText(b), changes);
            Value(_subject, "holdout", a.HoldoutPercent is { } h1 ? Number(h1) + "%" : "none", b.HoldoutPercent is { } h2 ? Number(h2) + "%" : "none", changes);
            Value(_subject, "quiet hours", QuietHoursText(a.QuietHours) + (a.QuietHours is null ? " (workspace setting)" : string.Empty), QuietHoursText(b.QuietHours) + (b.QuietHours is null ? " (workspace setting)" : string.Empty), changes);

            Block(a.Steps, b.Steps);
            Moves();
            foreach (var (step, previous) in _removed)
            {
                changes.Add(new DiffChange(_subject, ChangeKind.Removed, $"step {step.Id} ({Header(step)}{Position(previous)}) removed; contacts inside the journey at or before it will not run it", AffectsRunningContacts: true));
            }

            foreach (var (step, previous) in _added)
            {
                changes.Add(new DiffChange(_subject, ChangeKind.Added, $"step {step.Id} added{Position(previous)}: {Header(step)}"));
            }

            RunningInstances();
        }

        private void Clauses(string kind, IEnumerable<string> before, IEnumerable<string> after)
        {
            var x = before.ToList();
            var y = after.ToList();
            var removed = x.Where(c => !y.Contains(c)).ToList();
            var added = y.Where(c => !x.Contains(c)).ToList();
            if (removed.Count == 1 && added.Count == 1)
            {
                changes.Add(new DiffChange(_subject, ChangeKind.Changed, $"{kind} changed from {removed[0]} to {added[0]}"));
                return;
            }

            foreach (var clause in removed)
            {
                changes.Add(new DiffChange(_subject, ChangeKind.Removed, $"{kind} removed: {clause}"));
            }

            foreach (var clause in added)
            {
                changes.Add(new DiffChange(_subject, ChangeKind.Added, $"{kind} added: {clause}"));
            }
        }

        // Aligns two blocks by the steps' own lines (labels included), then pairs leftover steps of the same kind.
        private void Block(ImmutableArray<BoundStep> x, ImmutableArray<BoundStep> y)
        {
            var lcs = new int[x.Length + 1, y.Length + 1];
            for (var i = x.Length - 1; i >= 0; i--)
            {
                for (var j = y.Length - 1; j >= 0; j--)
                {
                    lcs[i, j] = Signature(x[i]) == Signature(y[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            int p = 0, q = 0;
            var gapX = new List<int>();
            var gapY = new List<int>();
            while (p < x.Length || q < y.Length)
            {
                if (p < x.Length && q < y.Length && Signature(x[p]) == Signature(y[q]) && lcs[p, q] == lcs[p + 1, q + 1] + 1)
                {
                    Gap(x, y, gapX, gapY);
                    Pair(x[p], y[q], p > 0 ? x[p - 1] : null);
                    p++;
                    q++;
                }
                else if (p < x.Length && (q == y.Length || lcs[p + 1, q] >= lcs[p, q + 1]))
                {
                    gapX.Add(p++);
                }
                else
                {
                    gapY.Add(q++);
                }
            }

            Gap(x, y, gapX, gapY);
        }

        private void Gap(ImmutableArray<BoundStep> x, ImmutableArray<BoundStep> y, List<int> gapX, List<int> gapY)
        {
            var left = new List<int>(gapY);
            foreach (var i in gapX)
            {
                var j = left.FindIndex(k => Describe.Kind(y[k]) == Describe.Kind(x[i]) && (x[i].Label is null || y[k].Label is null || x[i].Label!.Name == y[k].Label!.Name));
                if (j >= 0 && (x[i].Label is null) == (y[left[j]].Label is null))
                {
                    Pair(x[i], y[left[j]], i > 0 ? x[i - 1] : null);
                    left.RemoveAt(j);
                }
                else
                {
                    _removed.Add((x[i], i > 0 ? x[i - 1] : null));
                }
            }

            foreach (var j in left)
            {
                _added.Add((y[j], j > 0 ? y[j - 1] : null));
            }

            gapX.Clear();
            gapY.Clear();
        }

        private void Pair(BoundStep x, BoundStep y, BoundStep? previous)
        {
            _matched[x] = y;
            var where = Where(x, previous);
            switch (x, y)
            {
                case (BoundWaitStep w1, BoundWaitStep w2):
                    Value(_subject, $"wait {where}", DurationText(((WaitStepSyntax)w1.Syntax).Duration), DurationText(((WaitStepSyntax)w2.Syntax).Duration), changes);
                    break;
                case (BoundSendStep s1, BoundSendStep s2):
                    Value(_subject, $"send {where}", $"{ChannelText(s1.Channel)} {s1.Template?.Name}", $"{ChannelText(s2.Channel)} {s2.Template?.Name}", changes);
                    break;
                case (BoundIfStep i1, BoundIfStep i2):
                    for (var k = 0; k < Math.Max(i1.Branches.Length, i2.Branches.Length); k++)
                    {
                        var armName = k == 0 ? "then" : $"else if #{k}";
                        if (k >= i2.Branches.Length)
                        {
                            changes.Add(new DiffChange(_subject, ChangeKind.Removed, $"branch {where}: arm '{armName}' ({Describe.Expression(i1.Branches[k].Condition)}) removed"));
                            RemoveAll(i1.Branches[k].Steps);
                        }
                        else if (k >= i1.Branches.Length)
                        {
                            changes.Add(new DiffChange(_subject, ChangeKind.Added, $"branch {where}: arm '{armName}' added: {Describe.Expression(i2.Branches[k].Condition)}"));
                            AddAll(i2.Branches[k].Steps);
                        }
                        else
                        {
                            Value(_subject, $"branch {where}: condition of '{armName}'", Describe.Expression(i1.Branches[k].Condition), Describe.Expression(i2.Branches[k].Condition), changes);
                            Block(i1.Branches[k].Steps, i2.Branches[k].Steps);
                        }
                    }

                    Optional(where, "else", i1.HasElse, i2.HasElse);
                    Block(i1.Else, i2.Else);
                    break;
                case (BoundSplitStep s1, BoundSplitStep s2):
                    foreach (var arm in s1.Arms)
                    {
                        if (s2.Arms.FirstOrDefault(o => o.Name == arm.Name) is not { } other)
                        {
                            changes.Add(new DiffChange(_subject, ChangeKind.Removed, $"split {where}: arm {arm.Name} ({Number(arm.Share)}%) removed; contacts already assigned to it stay there"));
                            RemoveAll(arm.Steps);
                            continue;
                        }

                        Value(_subject, $"split {where}: share of {arm.Name}", Number(arm.Share) + "%", Number(other.Share) + "%", changes);
                        Block(arm.Steps, other.Steps);
                    }

                    foreach (var arm in s2.Arms.Where(o => s1.Arms.All(k => k.Name != o.Name)))
                    {
                        changes.Add(new DiffChange(_subject, ChangeKind.Added, $"split {where}: arm {arm.Name} ({Number(arm.Share)}%) added"));
                        AddAll(arm.Steps);
                    }

                    break;
                case (BoundWaitForStep f1, BoundWaitForStep f2):
                {
                    var s1 = (WaitForStepSyntax)f1.Syntax;
                    var s2 = (WaitForStepSyntax)f2.Syntax;
                    Value(_subject, $"wait for {where}: event", s1.Event.Text, s2.Event.Text, changes);
                    Value(_subject, $"wait for {where}: condition", WhereText(s1.Where), WhereText(s2.Where), changes);
                    Value(_subject, $"wait for {where}: timeout", DurationText(s1.Timeout), DurationText(s2.Timeout), changes);
                    Optional(where, "else (on timeout)", f1.HasElse, f2.HasElse);
                    Block(f1.Else, f2.Else);
                    break;
                }
                case (BoundWaitArmsStep w1, BoundWaitArmsStep w2):
                {
                    Value(_subject, $"wait {where}: timeout", DurationText(((WaitArmsStepSyntax)w1.Syntax).Timeout), DurationText(((WaitArmsStepSyntax)w2.Syntax).Timeout), changes);
                    foreach (var arm in w1.Arms)
                    {
                        if (w2.Arms.FirstOrDefault(o => o.PathSegment == arm.PathSegment) is not { } other)
                        {
                            changes.Add(new DiffChange(_subject, ChangeKind.Removed, $"wait {where}: arm on {arm.Syntax.Event.Text} removed", AffectsRunningContacts: true));
                            RemoveAll(arm.Steps);
                            continue;
                        }

                        Value(_subject, $"wait {where}: condition of arm on {arm.Syntax.Event.Text}", WhereText(arm.Syntax.Where), WhereText(other.Syntax.Where), changes);
                        Block(arm.Steps, other.Steps);
                    }

                    foreach (var arm in w2.Arms.Where(o => w1.Arms.All(k => k.PathSegment != o.PathSegment)))
                    {
                        changes.Add(new DiffChange(_subject, ChangeKind.Added, $"wait {where}: arm on {arm.Syntax.Event.Text}{Describe.Where(arm.Syntax.Where)} added"));
                        AddAll(arm.Steps);
                    }

                    Optional(where, "timeout arm", w1.HasTimeoutArm, w2.HasTimeoutArm);
                    Block(w1.TimeoutSteps, w2.TimeoutSteps);
                    break;
                }
                default:
                    Value(_subject, $"{Describe.Kind(x)} {where}", Describe.Step(x.Syntax), Describe.Step(y.Syntax), changes);
                    break;
            }
        }

        private void Optional(string where, string what, bool before, bool after)
        {
            if (before != after)
            {
                changes.Add(new DiffChange(_subject, before ? ChangeKind.Removed : ChangeKind.Added, $"{what} {(before ? "removed from" : "added to")} the step {where}"));
            }
        }

        private void RemoveAll(ImmutableArray<BoundStep> steps)
        {
            for (var i = 0; i < steps.Length; i++)
            {
                _removed.Add((steps[i], i > 0 ? steps[i - 1] : null));
            }
        }

        private void AddAll(ImmutableArray<BoundStep> steps)
        {
            for (var i = 0; i < steps.Length; i++)
            {
                _added.Add((steps[i], i > 0 ? steps[i - 1] : null));
            }
        }

        // A removed and an added step with the same label (or the same unique line) moved.
        private void Moves()
        {
            foreach (var removed in _removed.ToList())
            {
                var key = MoveKey(removed.Step);
                var candidates = _added.Where(a => MoveKey(a.Step) == key).ToList();
                if (removed.Step.Label is null && (candidates.Count != 1 || _removed.Count(r => MoveKey(r.Step) == key) != 1))
                {
                    continue;
                }

                if (candidates.Count == 0)
                {
                    continue;
                }

                var added = candidates[0];
                _removed.Remove(removed);
                _added.Remove(added);
                var affects = removed.Step.Id != added.Step.Id && Describe.CanPause(removed.Step);
                changes.Add(new DiffChange(_subject, ChangeKind.Moved, $"step {Header(removed.Step)} moved from {removed.Step.Id} to {added.Step.Id}{Position(added.Previous)}", AffectsRunningContacts: affects));
                _matched[removed.Step] = added.Step;
            }
        }

        // Instances wait at a step id; a waiting step whose id changes leaves them pointing elsewhere.
        private void RunningInstances()
        {
            var after = new Dictionary<string, BoundStep>(StringComparer.Ordinal);
            foreach (var step in All(b.Steps))
            {
                after[step.Id] = step;
            }

            foreach (var step in All(a.Steps).Where(Describe.CanPause))
            {
                if (!_matched.TryGetValue(step, out var now) || now.Id == step.Id)
                {
                    continue;
                }

                if (_removed.Any(r => ReferenceEquals(r.Step, step)) || changes.Any(c => c.Kind == ChangeKind.Moved && c.Text.Contains($"moved from {step.Id} to ", StringComparison.Ordinal)))
                {
                    continue;
                }

                var there = after.TryGetValue(step.Id, out var other) ? $"id {step.Id} now names {Header(other)}" : $"id {step.Id} no longer exists";
                changes.Add(new DiffChange(_subject, ChangeKind.Changed,
                    $"waiting step {Header(step)} changes id from {step.Id} to {now.Id} (steps inserted or removed before it); contacts waiting there now: {there}",
                    AffectsRunningContacts: true));
            }
        }

        private string Where(BoundStep step, BoundStep? previous) =>
            step.Label is { } label ? label.Name : $"{Position(previous).TrimStart()} (step {step.Id})".Trim();

        private static string Position(BoundStep? previous) =>
            previous is null ? string.Empty : " after " + (previous.Label?.Name ?? Header(previous));

        private static string Signature(BoundStep step) => (step.Label?.Name ?? string.Empty) + ":" + Describe.Step(step.Syntax);

        private static string MoveKey(BoundStep step) => step.Label?.Name ?? ":" + Describe.Step(step.Syntax);

        private static string Header(BoundStep step) => "`" + (step.Label is { } label ? label.Name + ": " : string.Empty) + Describe.Step(step.Syntax) + "`";

        private static string ReentryText(BoundJourney journey) => journey.Reentry switch
        {
            Semantics.Binding.ReentryKind.Always => "always",
            Semantics.Binding.ReentryKind.After => "after " + (journey.ReentryAfter is { } after ? DurationFormatter.Format(after) : "?"),
            _ => "never",
        };
    }

    internal static IEnumerable<BoundStep> All(ImmutableArray<BoundStep> steps)
    {
        foreach (var step in steps)
        {
            yield return step;
            var nested = step switch
            {
                BoundIfStep s => s.Branches.SelectMany(b => All(b.Steps)).Concat(All(s.Else)),
                BoundSplitStep s => s.Arms.SelectMany(a => All(a.Steps)),
                BoundWaitForStep s => All(s.Else),
                BoundWaitArmsStep s => s.Arms.SelectMany(a => All(a.Steps)).Concat(All(s.TimeoutSteps)),
                _ => [],
            };
            foreach (var inner in nested)
            {
                yield return inner;
            }
        }
    }

    private static int CountSteps(ImmutableArray<BoundStep> steps) => All(steps).Count();

    // ───────────────────────────── words ─────────────────────────────

    private static string WhereText(WhereClauseSyntax? where) => where is null ? "none" : Describe.Expression(where.Condition);

    private static string DurationText(DurationSyntax duration) => Describe.Words(duration);

    private static string ChannelText(Channel? channel) => channel is { } c ? ChannelFacts.ToName(c) : "?";

    private static string QuietHoursText(QuietHours? quiet) => quiet is null ? "none" : $"{quiet.From:HH\\:mm} to {quiet.To:HH\\:mm}";

    private static string CapText(FrequencyCap? cap) => cap is null ? "none" : $"{cap.Count} per {DurationFormatter.Format(cap.Window)}";

    private static string TypeText(FieldSymbol field) =>
        field.Syntax is { } syntax ? Describe.Words(syntax.Type).Replace(" ", string.Empty, StringComparison.Ordinal) + (syntax.QuestionMark is null ? string.Empty : "?") : field.Type.ToString();

    private static string StageAttributes(StageSymbol stage) =>
        (stage.Owner is null ? string.Empty : $" (owner {stage.Owner})") + (stage.Sla is { } sla ? $" (sla {DurationFormatter.Format(sla)})" : string.Empty);

    private static string PartSource(TemplateSymbol template, TemplatePart part) =>
        template.Syntax.Parts.FirstOrDefault(p => p.Name.Text == part.Name)?.Value is FileTemplateValueSyntax file
            ? $"file {file.Path.Text}"
            : "inline text";

    private static string RuleKey(BoundScoreRule rule) => RuleName(rule);

    private static string RuleEventKey(BoundScoreRule rule) => rule is BoundScoreEventRule e ? "on " + e.Event?.Name : RuleName(rule);

    private static string RuleName(BoundScoreRule rule) => rule switch
    {
        BoundScoreEventRule e => $"on {e.Event?.Name}" + (e.Where is null ? string.Empty : " where " + Describe.Expression(e.Where)),
        BoundScoreFitRule f => "when " + Describe.Expression(f.Condition),
        _ => "?",
    };

    private static string Points(decimal points) => (points >= 0 ? "+" : "-") + Number(Math.Abs(points));

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
