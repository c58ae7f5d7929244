using System.Collections.Immutable;
using LifecycleLang.Semantics.Checking;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Semantics.Binding;

/// <summary>Pass 3 for settings, segments and score models.</summary>
internal sealed partial class Binder
{
    private void BindSettings()
    {
        foreach (var (syntax, source) in _settingsDeclarations)
        {
            _source = source;
            var settings = _symbols.Settings;
            SourceLocation? timeZoneAt = null;
            SourceLocation? quietAt = null;
            var caps = ImmutableArray.CreateBuilder<FrequencyCap>();
            var capAt = new Dictionary<Channel, SourceLocation>();
            foreach (var setting in syntax.Settings)
            {
                switch (setting)
                {
                    case TimezoneSettingSyntax tz:
                        if (timeZoneAt is not null)
                        {
                            Report(DiagnosticCatalog.DuplicateSetting, tz.Span, "time zone", Where(timeZoneAt));
                            break;
                        }

                        timeZoneAt = Here(tz.Span);
                        if (!IsMissing(tz.Value))
                        {
                            var value = StringValue(tz.Value);
                            ValidateTimeZone(value, tz.Value);
                            if (LiteralValidator.IsTimeZone(value))
                            {
                                settings.TimeZone = value;
                            }
                        }

                        break;
                    case QuietHoursSettingSyntax quiet:
                        if (quietAt is not null)
                        {
                            Report(DiagnosticCatalog.DuplicateSetting, quiet.Span, "quiet hours", Where(quietAt));
                            break;
                        }

                        quietAt = Here(quiet.Span);
                        settings.QuietHours = ReadQuietHours(quiet.QuietHours);
                        break;
                    case CapSettingSyntax cap:
                        BindCap(cap, caps, capAt);
                        break;
                }
            }

            settings.Caps = caps.ToImmutable();
        }
    }

    private void BindCap(CapSettingSyntax cap, ImmutableArray<FrequencyCap>.Builder caps, Dictionary<Channel, SourceLocation> capAt)
    {
        var window = ReadDuration(cap.Window);
        if (IsMissing(cap.Channel))
        {
            return;
        }

        var channel = ChannelFacts.Parse(cap.Channel.Text);
        if (channel is null)
        {
            var suggestion = NameSuggester.Suggest(cap.Channel.Text, ChannelFacts.Names);
            Report(DiagnosticCatalog.UnknownChannel, cap.Channel.Span, SuggestionFix(cap.Channel, suggestion), cap.Channel.Text, NameSuggester.Hint(suggestion));
            return;
        }

        var count = 0;
        if (!IsMissing(cap.Count))
        {
            var value = ParseNumber(cap.Count.Text);
            if (value != decimal.Truncate(value))
            {
                Report(DiagnosticCatalog.WholeNumberExpected, cap.Count.Span, "the number of sends in a cap", cap.Count.Text);
            }

            count = (int)Math.Min(decimal.Truncate(value), int.MaxValue);
        }

        if (capAt.TryGetValue(channel.Value, out var first))
        {
            Report(DiagnosticCatalog.DuplicateSetting, cap.Span, $"{cap.Channel.Text} cap", Where(first));
            return;
        }

        capAt[channel.Value] = Here(cap.Span);
        caps.Add(new FrequencyCap(channel.Value, count, window));
    }

    private void BindSegment(SegmentSymbol segment)
    {
        _source = segment.Location!.Source;
        _owner = segment;
        _scope = Scope.NoEvent("a segment has no event; look at events with count(...)");
        segment.Condition = BindRootCondition(segment.Syntax.Condition, null);
        _owner = null;
    }

    private void BindScoreModel(ScoreModelSymbol model)
    {
        _source = model.Location!.Source;
        _owner = model;
        var rules = ImmutableArray.CreateBuilder<BoundScoreRule>();
        SourceLocation? decayAt = null;
        SourceLocation? minAt = null;
        SourceLocation? maxAt = null;
        foreach (var item in model.Syntax.Items)
        {
            switch (item)
            {
                case ScoreEventRuleSyntax rule:
                {
                    var e = LookUpEvent(rule.Event);
                    BoundExpression? where = null;
                    if (rule.Where is { } clause && e is not null)
                    {
                        _scope = Scope.Where(e);
                        where = BindRootCondition(clause.Condition, null);
                    }

                    rules.Add(new BoundScoreEventRule(rule, ReadSigned(rule.Points), e, where));
                    break;
                }

                case ScoreFitRuleSyntax fit:
                    _scope = Scope.NoEvent("a 'when' rule of a score model has no event; use an 'on EVENT' rule");
                    rules.Add(new BoundScoreFitRule(fit, ReadSigned(fit.Points), BindRootCondition(fit.Condition, null)));
                    break;
                case ScoreDecaySyntax decay:
                    if (decayAt is not null)
                    {
                        Report(DiagnosticCatalog.DuplicateSetting, decay.Span, "decay", Where(decayAt));
                        break;
                    }

                    decayAt = Here(decay.Span);
                    model.Decay = new BoundScoreDecay(IsMissing(decay.Amount) ? 0m : ParseNumber(decay.Amount.Text), ReadDuration(decay.Period));
                    break;
                case ScoreBoundSyntax bound:
                    var isMin = bound.Keyword.Kind == TokenKind.Min;
                    ref var at = ref isMin ? ref minAt : ref maxAt;
                    if (at is not null)
                    {
                        Report(DiagnosticCatalog.DuplicateSetting, bound.Span, bound.Keyword.Text, Where(at));
                        break;
                    }

                    at = Here(bound.Span);
                    if (isMin)
                    {
                        model.Min = ReadSigned(bound.Value);
                    }
                    else
                    {
                        model.Max = ReadSigned(bound.Value);
                    }

                    break;
            }
        }

        model.Rules = rules.ToImmutable();
        if (model.Min is { } min && model.Max is { } max && min > max && maxAt is not null)
        {
            Report(DiagnosticCatalog.InvalidScoreBounds, maxAt.Span, $"the maximum {Invariant(max)} of score model {model.Name} is below its minimum {Invariant(min)}");
        }

        _owner = null;
    }
}
