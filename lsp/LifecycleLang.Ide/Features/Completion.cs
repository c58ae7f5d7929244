using System.Collections.Immutable;
using System.Text.RegularExpressions;
using LifecycleLang.Ide.Workspace;
using LifecycleLang.Semantics;
using LifecycleLang.Semantics.Binding;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Ide.Features;

/// <summary>
/// Completion by context. The context comes from the current syntax tree and its tokens (always there,
/// even for broken text); the names come from the latest semantic model available, which may be a little
/// older than the text: names are looked up by name, never by offset, so a stale model still serves.
/// Completion never waits for a check.
/// </summary>
public static partial class Completion
{
    private static readonly string[] DeclarationKeywords = ["settings", "contact", "enum", "event", "funnel", "segment", "score", "template", "journey"];
    private static readonly string[] ClauseKeywords = ["funnel", "entry", "exit", "goal", "reentry", "holdout", "quiet"];
    private static readonly string[] StepKeywords = ["stage", "send", "wait", "if", "split", "score", "set", "exit"];
    private static readonly string[] OperatorKeywords = ["and", "or", "not", "in", "is", "contains", "starts_with", "ends_with"];
    private static readonly string[] TimeUnits = ["seconds", "minutes", "hours", "days", "weeks", "second", "minute", "hour", "day", "week"];
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    private static readonly TokenKind[] ExpressionStarts =
    [
        TokenKind.Where, TokenKind.When, TokenKind.If, TokenKind.EqualsEquals, TokenKind.BangEquals, TokenKind.Less,
        TokenKind.LessEquals, TokenKind.Greater, TokenKind.GreaterEquals, TokenKind.Contains, TokenKind.StartsWith,
        TokenKind.EndsWith, TokenKind.And, TokenKind.Or, TokenKind.Not, TokenKind.Lparen, TokenKind.Lbracket,
        TokenKind.Comma, TokenKind.Equals, TokenKind.QuestionQuestion, TokenKind.Plus, TokenKind.Minus, TokenKind.Star,
        TokenKind.Slash, TokenKind.In,
    ];

    /// <summary>
    /// The proposals at an offset of a document of the snapshot, with names from <paramref name="model"/> (the
    /// latest available; null before the first check) and from <paramref name="lastGood"/> (the latest model of a
    /// workspace without syntax errors): a name that the text being typed broke is still offered.
    /// </summary>
    public static CompletionList GetCompletions(WorkspaceSnapshot snapshot, string path, int offset, SemanticModel? model, SemanticModel? lastGood = null)
    {
        var document = snapshot.GetDocument(path);
        if (document is null)
        {
            return CompletionList.Empty(offset);
        }

        var context = new Context(document.Tree, offset, model ?? lastGood, lastGood);
        var items = new List<CompletionItem>();
        context.Collect(items);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = items.Where(i => seen.Add(i.Label)).ToImmutableArray();
        return new CompletionList(context.Replace, unique);
    }

    /// <summary>
    /// The documentation of a proposal (its hover text: declaration, doc comment, facts), found again by kind,
    /// name and container in a model; null for keywords and names the model does not have. The editor asks for
    /// it only for the item it shows, so proposals stay cheap.
    /// </summary>
    public static string? Describe(SemanticModel model, CompletionKind kind, string label, string? container)
    {
        var symbols = model.Symbols;
        Symbol? symbol = kind switch
        {
            CompletionKind.Field => container is null or "contact" ? symbols.Contact.GetField(label) : symbols.GetEvent(container)?.GetField(label),
            CompletionKind.Event => symbols.GetEvent(label),
            CompletionKind.Template => symbols.GetTemplate(label),
            CompletionKind.Segment => symbols.GetSegment(label),
            CompletionKind.ScoreModel => symbols.GetScoreModel(label),
            CompletionKind.Funnel => symbols.GetFunnel(label),
            CompletionKind.Enum => symbols.GetEnum(label),
            CompletionKind.EnumMember when container is not null => symbols.GetEnum(container)?.GetMember(label),
            CompletionKind.Stage when container is not null => symbols.GetFunnel(container)?.GetStage(label),
            CompletionKind.Journey => symbols.GetJourney(label),
            _ => null,
        };
        return symbol is null ? null : Hover.Describe(symbol, model);
    }

    [GeneratedRegex(@"(contact|event)\.([A-Za-z0-9_]*)$")]
    private static partial Regex LiquidMember();

    private sealed class Context
    {
        private readonly SyntaxTree _tree;
        private readonly ImmutableArray<SyntaxToken> _tokens;
        private readonly int _offset;
        private readonly SemanticModel? _model;
        private readonly Names? _names;
        private readonly bool _modelIsCurrent;
        private readonly int _prev;
        private readonly IReadOnlyList<SyntaxNode> _path;

        public Context(SyntaxTree tree, int offset, SemanticModel? model, SemanticModel? lastGood)
        {
            _tree = tree;
            _offset = offset;
            _model = model;
            _names = model is null ? null : new Names(model, lastGood is null || ReferenceEquals(lastGood, model) ? null : lastGood);
            _modelIsCurrent = model is not null && model.Compilation.SyntaxTrees.Contains(tree);
            _tokens = SyntaxQueries.Tokens(tree);
            var index = SyntaxQueries.IndexBefore(_tokens, offset);
            Replace = new TextSpan(offset, 0);
            _prev = index;
            if (index >= 0 && _tokens[index] is var word && IsWord(word) && word.Span.End >= offset)
            {
                Replace = TextSpan.FromBounds(word.Start, word.Span.End);
                _prev = index - 1;
            }

            var anchor = Replace.Length > 0 ? offset : P(0)?.Span.End ?? offset;
            _path = SyntaxQueries.PathTo(tree, anchor);
        }

        public TextSpan Replace { get; private set; }

        private SourceText Text => _tree.Text;

        private bool WordStartsLine => SyntaxQueries.StartsLine(Text, Replace.Start);

        public void Collect(List<CompletionItem> items)
        {
            if (SyntaxQueries.IsInCommentOrString(_tokens, _offset))
            {
                LiquidMembers(items);
                return;
            }

            var declaration = EnclosingDeclaration(_tree.Root, _offset, out var inBody);
            var p1 = P(0);
            var p2 = P(1);

            // `contact.`, `event.`, `Role.`
            if (p1?.Kind == TokenKind.Dot)
            {
                MemberAccess(items, p2);
                return;
            }

            if (declaration is null || !inBody)
            {
                Header(items, declaration, p1, p2);
                return;
            }

            switch (declaration)
            {
                case ContactDeclarationSyntax or EventDeclarationSyntax:
                    FieldTypes(items, declaration is EventDeclarationSyntax, p1, p2);
                    return;
                case EnumDeclarationSyntax:
                    return;
                case SettingsDeclarationSyntax:
                    Settings(items, p1, p2);
                    return;
                case FunnelDeclarationSyntax:
                    Funnel(items, p1, p2);
                    return;
                case TemplateDeclarationSyntax template:
                    Template(items, template, p1);
                    return;
                case ScoreDeclarationSyntax:
                    if (!Score(items, p1, p2))
                    {
                        Expression(items, p1, p2);
                    }

                    return;
                case JourneyDeclarationSyntax journey:
                    if (!Journey(items, journey, p1, p2))
                    {
                        Expression(items, p1, p2);
                    }

                    return;
                default:
                    Expression(items, p1, p2);

                    // A new line after a complete segment: the condition may go on, or a declaration begins.
                    if (WordStartsLine && p1 is not null && IsOperandEnd(p1))
                    {
                        Keywords(items, DeclarationKeywords);
                    }

                    return;
            }
        }

        // ------------------------------------------------------------ places

        private void Header(List<CompletionItem> items, DeclarationSyntax? declaration, SyntaxToken? p1, SyntaxToken? p2)
        {
            if (declaration is SegmentDeclarationSyntax segment && _offset > segment.EqualsToken.Start && !segment.EqualsToken.IsMissing)
            {
                Expression(items, p1, p2);
                return;
            }

            if (p2?.Kind == TokenKind.Template && p1 is not null && TokenFacts.IsName(p1.Kind))
            {
                Keywords(items, ChannelFacts.Names, CompletionKind.Channel);
                return;
            }

            if (WordStartsLine && (p1 is null || p1.Kind == TokenKind.Rbrace || declaration is null || IsEndOfDeclaration(p1)))
            {
                Keywords(items, DeclarationKeywords);
            }
        }

        private void MemberAccess(List<CompletionItem> items, SyntaxToken? target)
        {
            if (target?.Kind == TokenKind.Contact)
            {
                if (_model is not null && Scope()?.ContactAllowed != false)
                {
                    AddFields(items, _names!.ContactFields);
                }

                return;
            }

            if (target?.Kind == TokenKind.Event)
            {
                if (Scope()?.Event is { } e)
                {
                    AddFields(items, e.Fields);
                }

                return;
            }

            if (target is not null && _names?.GetEnum(target.Text) is { } enumSymbol)
            {
                AddMembers(items, enumSymbol);
            }
        }

        private void FieldTypes(List<CompletionItem> items, bool isEvent, SyntaxToken? p1, SyntaxToken? p2)
        {
            if (p1?.Kind == TokenKind.Colon || (p1?.Kind == TokenKind.Less && p2?.Kind == TokenKind.List))
            {
                foreach (var name in LifecycleType.BuiltInNames)
                {
                    if (name != "template" || isEvent)
                    {
                        items.Add(new CompletionItem(name, CompletionKind.Type, "built-in type"));
                    }
                }

                items.Add(new CompletionItem("list", CompletionKind.Type, "list<T>"));
                foreach (var e in _names?.Enums ?? [])
                {
                    items.Add(new CompletionItem(e.Name, CompletionKind.Enum, "enum"));
                }
            }
        }

        private void Settings(List<CompletionItem> items, SyntaxToken? p1, SyntaxToken? p2)
        {
            if (p1?.Kind == TokenKind.Cap)
            {
                Keywords(items, ChannelFacts.Names, CompletionKind.Channel);
            }
            else if (p1?.Kind == TokenKind.Quiet)
            {
                Keyword(items, "hours");
            }
            else if (p1?.Kind == TokenKind.TimeOfDay && p2?.Kind == TokenKind.Hours)
            {
                Keyword(items, "to");
            }
            else if (IsDurationAmount(p1, p2))
            {
                Units(items);
            }
            else if (p1?.Kind == TokenKind.Number && P(2)?.Kind == TokenKind.Cap)
            {
                Keyword(items, "per");
            }
            else if (WordStartsLine)
            {
                Keywords(items, ["timezone", "quiet", "cap"]);
            }
        }

        private void Funnel(List<CompletionItem> items, SyntaxToken? p1, SyntaxToken? p2)
        {
            if (IsDurationAmount(p1, p2))
            {
                Units(items);
            }
            else if (WordStartsLine)
            {
                Keyword(items, "stage");
            }
            else if (p1 is not null && (p2?.Kind == TokenKind.Stage || TokenFacts.IsTimeUnit(p1.Kind) || P(1)?.Kind == TokenKind.Owner))
            {
                Keywords(items, ["owner", "sla"]);
            }
        }

        private void Template(List<CompletionItem> items, TemplateDeclarationSyntax template, SyntaxToken? p1)
        {
            if (p1 is not null && p1.Text == "method" && SyntaxQueries.StartsLine(Text, p1.Start))
            {
                Keywords(items, Methods);
                return;
            }

            if (p1 is not null && TokenFacts.IsName(p1.Kind) && SyntaxQueries.StartsLine(Text, p1.Start) && !WordStartsLine)
            {
                Keyword(items, "file");
                return;
            }

            if (!WordStartsLine)
            {
                return;
            }

            string[] parts = ChannelFacts.Parse(template.Channel.Text) switch
            {
                Channel.Email => ["subject", "body", "from"],
                Channel.Sms => ["text"],
                Channel.Push => ["title", "text"],
                Channel.Webhook => ["url", "body", "method"],
                _ => ["subject", "body", "from", "text", "title", "url", "method"],
            };
            var written = template.Parts.Select(p => p.Name.Text).ToHashSet(StringComparer.Ordinal);
            foreach (var part in parts)
            {
                if (!written.Contains(part))
                {
                    items.Add(new CompletionItem(part, CompletionKind.TemplatePart, $"{template.Channel.Text} template part"));
                }
            }
        }

        /// <summary>Inside a score model; false when the cursor is in a rule's condition (then it is an expression).</summary>
        private bool Score(List<CompletionItem> items, SyntaxToken? p1, SyntaxToken? p2)
        {
            if (p1?.Kind == TokenKind.On)
            {
                AddEvents(items);
                return true;
            }

            if (p1?.Kind == TokenKind.Number && p2?.Kind is TokenKind.Plus or TokenKind.Minus && SyntaxQueries.StartsLine(Text, p2.Start))
            {
                Keywords(items, ["on", "when"]);
                return true;
            }

            if (IsDurationAmount(p1, p2))
            {
                Units(items);
                return true;
            }

            if (p1?.Kind == TokenKind.Number && p2?.Kind == TokenKind.Decay)
            {
                Keyword(items, "every");
                return true;
            }

            if (IsEventNameAfter(p1, p2))
            {
                Keyword(items, "where");
                return true;
            }

            if (WordStartsLine && !InCondition())
            {
                Keywords(items, ["decay", "min", "max"]);
                return true;
            }

            return false;
        }

        /// <summary>Inside a journey; false when the cursor is in an expression.</summary>
        private bool Journey(List<CompletionItem> items, JourneyDeclarationSyntax journey, SyntaxToken? p1, SyntaxToken? p2)
        {
            switch (p1?.Kind)
            {
                case TokenKind.Send:
                    Keywords(items, ChannelFacts.Names, CompletionKind.Channel);
                    return true;
                case TokenKind.Stage:
                    AddStages(items, journey);
                    return true;
                case TokenKind.Funnel:
                    foreach (var funnel in _names?.Funnels ?? [])
                    {
                        items.Add(new CompletionItem(funnel.Name, CompletionKind.Funnel, $"funnel: {string.Join(" → ", funnel.Stages.Select(s => s.Name))}"));
                    }

                    return true;
                case TokenKind.On or TokenKind.For or TokenKind.Goal:
                    AddEvents(items);
                    return true;
                case TokenKind.Lparen when p2?.Kind == TokenKind.Count:
                    AddEvents(items);
                    return true;
                case TokenKind.Score:
                    AddScoreModels(items);
                    return true;
                case TokenKind.Entry:
                    Keywords(items, ["on", "when", "at"]);
                    return true;
                case TokenKind.Exit when !WordStartsLine:
                    Keywords(items, ["on", "when"]);
                    return true;
                case TokenKind.Reentry:
                    Keywords(items, ["never", "always", "after"]);
                    return true;
                case TokenKind.Wait:
                    Keywords(items, ["for", "until", "up"]);
                    return true;
                case TokenKind.Up:
                    Keyword(items, "to");
                    return true;
                case TokenKind.Quiet:
                    Keyword(items, "hours");
                    return true;
                case TokenKind.Set:
                    Keyword(items, "contact");
                    return true;
                case TokenKind.At or TokenKind.Until or TokenKind.Holdout:
                    return true;
            }

            if (p2?.Kind == TokenKind.Send && p1 is not null)
            {
                AddTemplates(items, ChannelFacts.Parse(p1.Text));
                return true;
            }

            if (p1 is not null && p2?.Kind is TokenKind.Entry && p1.Kind == TokenKind.At)
            {
                return true;
            }

            if (IsDurationAmount(p1, p2))
            {
                Units(items);
                return true;
            }

            if (IsEventNameAfter(p1, p2))
            {
                Keyword(items, "where");
                if (p2?.Kind == TokenKind.Goal || P(2)?.Kind == TokenKind.Count)
                {
                    Keyword(items, "within");
                }

                if (p2?.Kind == TokenKind.For)
                {
                    Keyword(items, "up");
                }

                return true;
            }

            if (p1 is not null && TokenFacts.IsTimeUnit(p1.Kind) && P(2)?.Kind == TokenKind.To && _path.Any(n => n is WaitForStepSyntax))
            {
                Keyword(items, "else");
                return true;
            }

            if (p1?.Kind == TokenKind.Else)
            {
                Keyword(items, "if");
                return true;
            }

            if (p1?.Kind == TokenKind.Rbrace && !WordStartsLine && InnermostBraced(journey, p1.Start) is BlockSyntax)
            {
                Keyword(items, "else");
                return true;
            }

            if (p1?.Kind == TokenKind.TimeOfDay && p2?.Kind == TokenKind.Until)
            {
                Keyword(items, "local");
                return true;
            }

            if (p1?.Kind == TokenKind.TimeOfDay && p2?.Kind == TokenKind.Hours)
            {
                Keyword(items, "to");
                return true;
            }

            if (p1 is not null && TokenFacts.IsStringLiteral(p1.Kind) && p2?.Kind == TokenKind.At)
            {
                Keywords(items, ["local", "when"]);
                return true;
            }

            if (!WordStartsLine || (InCondition() && p1 is not null && IsContinuation(p1)))
            {
                return false;
            }

            var container = InnermostBraced(journey, _offset);
            switch (container)
            {
                case WaitArmsStepSyntax:
                    Keywords(items, ["on", "timeout"]);
                    return true;
                case SplitStepSyntax:
                    return true;
                case BlockSyntax:
                    Keywords(items, StepKeywords);
                    return true;
                default:
                    var hasStep = journey.Members.Any(m => m is StepSyntax && m.Span.End <= Replace.Start && m.Span.Length > 0);
                    if (!hasStep)
                    {
                        Keywords(items, ClauseKeywords);
                    }

                    Keywords(items, StepKeywords);
                    return true;
            }
        }

        private void Expression(List<CompletionItem> items, SyntaxToken? p1, SyntaxToken? p2)
        {
            if (p1 is null)
            {
                return;
            }

            if (p1.Kind == TokenKind.In && (p2?.Kind == TokenKind.Contact || (p2?.Kind == TokenKind.Not && P(2)?.Kind == TokenKind.Contact)))
            {
                foreach (var segment in _names?.Segments ?? [])
                {
                    items.Add(new CompletionItem(segment.Name, CompletionKind.Segment, "segment"));
                }

                return;
            }

            if (p1.Kind == TokenKind.Score)
            {
                AddScoreModels(items);
                return;
            }

            if (p1.Kind == TokenKind.Lparen && p2?.Kind == TokenKind.Count)
            {
                AddEvents(items);
                return;
            }

            if (p1.Kind == TokenKind.Is)
            {
                Keywords(items, ["set", "not"]);
                return;
            }

            if (p1.Kind == TokenKind.Not && p2?.Kind == TokenKind.Is)
            {
                Keyword(items, "set");
                return;
            }

            if (IsDurationAmount(p1, p2))
            {
                Units(items);
                return;
            }

            if (ExpressionStarts.Contains(p1.Kind))
            {
                Operands(items, p1);
                return;
            }

            if (IsOperandEnd(p1) && InCondition())
            {
                Keywords(items, OperatorKeywords);
                if (_path.Any(n => n is CountExpressionSyntax or GoalClauseSyntax))
                {
                    Keyword(items, "within");
                }

                if (_path.Any(n => n is WaitForStepSyntax))
                {
                    Keyword(items, "up");
                }
            }
        }

        /// <summary>What may start an operand here: the expected enum's members, templates, bare event fields, then keywords.</summary>
        private void Operands(List<CompletionItem> items, SyntaxToken p1)
        {
            var expected = ExpectedType(p1);
            if (expected?.Kind == TypeKind.Enum && expected.Enum is { } enumSymbol)
            {
                AddMembers(items, enumSymbol);
            }

            if (expected?.Kind == TypeKind.Template)
            {
                AddTemplates(items, null);
            }

            var scope = Scope();
            if (scope is { Event: { } e, EventFieldsBare: true })
            {
                AddFields(items, e.Fields, bare: true);
            }

            if (scope?.ContactAllowed != false)
            {
                Keyword(items, "contact");
            }

            if (scope?.Event is not null)
            {
                Keyword(items, "event");
            }

            Keywords(items, ["not", "true", "false", "now", "today", "count"]);
            if (scope?.ContactAllowed != false)
            {
                Keyword(items, "score");
            }

            if (expected is null)
            {
                foreach (var declared in _names?.Enums ?? [])
                {
                    if (!declared.IsBuiltIn)
                    {
                        items.Add(new CompletionItem(declared.Name, CompletionKind.Enum, "enum"));
                    }
                }
            }
        }

        private void LiquidMembers(List<CompletionItem> items)
        {
            var index = SyntaxQueries.IndexBefore(_tokens, _offset);
            if (index < 0 || _model is null || !TokenFacts.IsStringLiteral(_tokens[index].Kind))
            {
                return;
            }

            var token = _tokens[index];
            var before = Text.Text[token.Start.._offset];
            var match = LiquidMember().Match(before);
            if (!match.Success || !before.Contains("{{", StringComparison.Ordinal) && !before.Contains("{%", StringComparison.Ordinal))
            {
                return;
            }

            Replace = new TextSpan(_offset - match.Groups[2].Length, match.Groups[2].Length);
            if (match.Groups[1].Value == "contact")
            {
                AddFields(items, _names!.ContactFields);
            }
            else
            {
                AddFields(items, _names!.Events.Where(e => !e.IsBuiltIn).SelectMany(e => e.Fields), bare: true);
            }
        }

        // ------------------------------------------------------------ names from the model

        private void AddFields(List<CompletionItem> items, IEnumerable<FieldSymbol> fields, bool bare = false)
        {
            foreach (var field in fields)
            {
                var detail = bare && field.Container is EventSymbol owner ? $"{field.Type} (field of {owner.Name})" : field.Type.ToString();
                items.Add(new CompletionItem(field.Name, CompletionKind.Field, detail, field.Container is EventSymbol e ? e.Name : "contact"));
            }
        }

        private static void AddMembers(List<CompletionItem> items, EnumSymbol symbol)
        {
            foreach (var member in symbol.Members)
            {
                items.Add(new CompletionItem(member.Name, CompletionKind.EnumMember, member.DisplayName, symbol.Name));
            }
        }

        private void AddEvents(List<CompletionItem> items)
        {
            foreach (var e in _names?.Events ?? [])
            {
                var fields = string.Join(", ", e.Fields.Select(f => $"{f.Name}: {f.Type}"));
                items.Add(new CompletionItem(e.Name, CompletionKind.Event, e.IsBuiltIn ? $"built-in event {{ {fields} }}" : $"event {{ {fields} }}"));
            }
        }

        private void AddTemplates(List<CompletionItem> items, Channel? channel)
        {
            foreach (var template in _names?.Templates ?? [])
            {
                if (channel is null || template.Channel == channel)
                {
                    var name = template.Channel is { } c ? ChannelFacts.ToName(c) : "?";
                    items.Add(new CompletionItem(template.Name, CompletionKind.Template, $"{name} template"));
                }
            }
        }

        private void AddScoreModels(List<CompletionItem> items)
        {
            foreach (var model in _names?.ScoreModels ?? [])
            {
                items.Add(new CompletionItem(model.Name, CompletionKind.ScoreModel, "score model"));
            }
        }

        private void AddStages(List<CompletionItem> items, JourneyDeclarationSyntax journey)
        {
            if (_model is null)
            {
                return;
            }

            var clause = journey.Members.OfType<FunnelClauseSyntax>().FirstOrDefault();
            var all = _names!.Funnels;
            FunnelSymbol? funnel = clause is not null ? _names.GetFunnel(clause.Funnel.Text)
                : all.Count == 1 ? all[0] : null;
            IReadOnlyList<FunnelSymbol> funnels = funnel is not null ? [funnel] : all;
            foreach (var f in funnels)
            {
                foreach (var stage in f.Stages)
                {
                    var detail = $"stage {stage.Index + 1} of {f.Name}" + (stage.Owner is { } owner ? $", owner {owner}" : string.Empty);
                    items.Add(new CompletionItem(stage.Name, CompletionKind.Stage, detail, f.Name));
                }
            }
        }

        private static void Keyword(List<CompletionItem> items, string keyword) => items.Add(new CompletionItem(keyword, CompletionKind.Keyword));

        private static void Keywords(List<CompletionItem> items, IEnumerable<string> keywords, CompletionKind kind = CompletionKind.Keyword)
        {
            foreach (var keyword in keywords)
            {
                items.Add(new CompletionItem(keyword, kind));
            }
        }

        private static void Units(List<CompletionItem> items) => Keywords(items, TimeUnits, CompletionKind.Unit);

        // ------------------------------------------------------------ reading the context

        private SyntaxToken? P(int back) => _prev - back >= 0 ? _tokens[_prev - back] : null;

        private static bool IsWord(SyntaxToken token) =>
            token.Kind == TokenKind.Identifier || TokenFacts.IsKeyword(token.Kind);

        private static bool IsEndOfDeclaration(SyntaxToken token) => token.Kind == TokenKind.Rbrace;

        /// <summary>A whole number right after a word that takes a duration: `wait 3 |`, `within 7 |`, `every 30 |`.</summary>
        private static bool IsDurationAmount(SyntaxToken? p1, SyntaxToken? p2) =>
            p1?.Kind == TokenKind.Number && !p1.Text.Contains('.', StringComparison.Ordinal)
            && p2?.Kind is TokenKind.Wait or TokenKind.To or TokenKind.Within or TokenKind.After or TokenKind.Every
                or TokenKind.Sla or TokenKind.Per or TokenKind.Minus or TokenKind.Plus;

        /// <summary>The name of an event right after `on`, `for`, `goal` or `count(`: a `where` may follow.</summary>
        private bool IsEventNameAfter(SyntaxToken? p1, SyntaxToken? p2) =>
            p1 is not null && TokenFacts.IsName(p1.Kind)
            && (p2?.Kind is TokenKind.On or TokenKind.For or TokenKind.Goal || (p2?.Kind == TokenKind.Lparen && P(2)?.Kind == TokenKind.Count));

        private static bool IsOperandEnd(SyntaxToken token) =>
            TokenFacts.IsName(token.Kind) || TokenFacts.IsTimeUnit(token.Kind) || TokenFacts.IsStringLiteral(token.Kind)
            || token.Kind is TokenKind.Number or TokenKind.True or TokenKind.False or TokenKind.Rparen or TokenKind.Rbracket
                or TokenKind.Now or TokenKind.Today or TokenKind.Set or TokenKind.Percent;

        /// <summary>After this token an expression cannot end (an operator): the next line continues it.</summary>
        private static bool IsContinuation(SyntaxToken token) => ExpressionStarts.Contains(token.Kind) && token.Kind != TokenKind.Rparen;

        private bool InCondition() => _path.Any(n => n is WhereClauseSyntax or WhenClauseSyntax or ExpressionSyntax or EntryWhenClauseSyntax
            or ExitWhenClauseSyntax or ScoreFitRuleSyntax);

        /// <summary>
        /// The event in scope, whether its fields are bare, whether contact is readable. A `where` on an event
        /// and an `on` arm are read from the syntax (they hold even while the text does not bind); elsewhere the
        /// model's own answer when it is current, else the journey's step event by name.
        /// </summary>
        private ExpressionScope? Scope()
        {
            if (_model is null)
            {
                return null;
            }

            // `on E where |` whose condition is still missing: recovery may have skipped the `where`.
            if (P(0)?.Kind == TokenKind.Where && P(1) is { } named && P(2)?.Kind is TokenKind.On or TokenKind.For or TokenKind.Goal or TokenKind.Lparen)
            {
                return new ExpressionScope(_names!.GetEvent(named.Text), true, P(2)?.Kind != TokenKind.Lparen);
            }

            for (var i = _path.Count - 1; i >= 0; i--)
            {
                var node = _path[i];
                var parent = i > 0 ? _path[i - 1] : null;
                if (node is WhereClauseSyntax)
                {
                    var eventToken = parent switch
                    {
                        EntryOnClauseSyntax e => e.Event,
                        ExitOnClauseSyntax e => e.Event,
                        GoalClauseSyntax g => g.Event,
                        WaitForStepSyntax w => w.Event,
                        OnArmSyntax o => o.Event,
                        ScoreEventRuleSyntax r => r.Event,
                        CountExpressionSyntax c => c.Event,
                        _ => null,
                    };
                    if (eventToken is not null)
                    {
                        return new ExpressionScope(_names!.GetEvent(eventToken.Text), true, parent is not CountExpressionSyntax);
                    }
                }

                if (node is OnArmSyntax arm && _offset > arm.Block.OpenBrace.Start)
                {
                    return new ExpressionScope(_names!.GetEvent(arm.Event.Text), false, true);
                }
            }

            if (_modelIsCurrent && _model.ScopeAt(_tree.Path, Replace.Length > 0 ? _offset : P(0)?.Span.End ?? _offset) is { } scope)
            {
                return scope;
            }

            if (_path.OfType<JourneyDeclarationSyntax>().FirstOrDefault() is { } journey)
            {
                return new ExpressionScope(_names!.StepEvent(journey.Name.Text), false, true);
            }

            return new ExpressionScope(null, false, true);
        }

        /// <summary>The type an operand at the cursor should have, from the other side of a comparison, the list's left side, or the field a `set` assigns.</summary>
        private LifecycleType? ExpectedType(SyntaxToken p1)
        {
            var holder = _path.LastOrDefault(n => n is DeclarationSyntax) ?? _tree.Root;
            foreach (var node in holder.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case BinaryExpressionSyntax binary when binary.Operator.Start == p1.Start && !binary.Operator.IsMissing:
                        return TypeOf(binary.Left);
                    case InExpressionSyntax inExpression when inExpression.Right is ListExpressionSyntax list
                        && p1.Kind is TokenKind.Lbracket or TokenKind.Comma && list.Span.Start <= p1.Start
                        && (list.CloseBracket.IsMissing || p1.Start < list.CloseBracket.Start):
                        return TypeOf(inExpression.Left);
                    case SetStepSyntax set when set.EqualsToken.Start == p1.Start && _model is not null:
                        return _names!.GetContactField(set.Field.Text)?.Type.NonOptional();
                }
            }

            return null;
        }

        private LifecycleType? TypeOf(ExpressionSyntax expression)
        {
            if (_modelIsCurrent && _model!.GetType(expression) is { IsError: false } type)
            {
                return type.NonOptional();
            }

            if (_model is null)
            {
                return null;
            }

            return expression switch
            {
                MemberAccessExpressionSyntax { Target: ContactExpressionSyntax } m => _names!.GetContactField(m.Member.Text)?.Type.NonOptional(),
                MemberAccessExpressionSyntax { Target: EventExpressionSyntax } m => Scope()?.Event?.GetField(m.Member.Text)?.Type.NonOptional(),
                NameExpressionSyntax n => Scope() is { EventFieldsBare: true, Event: { } e } ? e.GetField(n.Name.Text)?.Type.NonOptional() : null,
                ParenthesizedExpressionSyntax p => TypeOf(p.Expression),
                _ => null,
            };
        }

        /// <summary>The top-level declaration around the offset; a declaration whose `}` is missing reaches to the next one.</summary>
        private static DeclarationSyntax? EnclosingDeclaration(CompilationUnitSyntax root, int offset, out bool inBody)
        {
            inBody = false;
            var declarations = root.Declarations;
            for (var i = 0; i < declarations.Length; i++)
            {
                var declaration = declarations[i];
                var limit = i + 1 < declarations.Length ? declarations[i + 1].Span.Start : root.EndOfFile.Start;
                if (offset <= declaration.Span.Start || offset > limit)
                {
                    continue;
                }

                if (Braces(declaration) is not var (open, close))
                {
                    inBody = true;
                    return offset <= declaration.Span.End || declaration is SegmentDeclarationSyntax ? declaration : null;
                }

                var end = close.IsMissing ? limit : close.Start;
                if (offset > end)
                {
                    continue;
                }

                inBody = !open.IsMissing && offset >= open.Span.End;
                return declaration;
            }

            return null;
        }

        /// <summary>The innermost node with braces (a block, a multi-arm wait, a split, the journey) whose inside holds the offset.</summary>
        private static SyntaxNode? InnermostBraced(SyntaxNode root, int offset)
        {
            SyntaxNode? best = null;
            var bestStart = -1;
            foreach (var node in root.DescendantNodesAndSelf())
            {
                if (Braces(node) is not var (open, close) || open.IsMissing)
                {
                    continue;
                }

                var end = close.IsMissing ? int.MaxValue : close.Start;
                if (offset >= open.Span.End && offset <= end && open.Start > bestStart)
                {
                    best = node;
                    bestStart = open.Start;
                }
            }

            return best;
        }

        private static (SyntaxToken Open, SyntaxToken Close)? Braces(SyntaxNode node) => node switch
        {
            SettingsDeclarationSyntax s => (s.OpenBrace, s.CloseBrace),
            ContactDeclarationSyntax c => (c.OpenBrace, c.CloseBrace),
            EventDeclarationSyntax e => (e.OpenBrace, e.CloseBrace),
            EnumDeclarationSyntax e => (e.OpenBrace, e.CloseBrace),
            FunnelDeclarationSyntax f => (f.OpenBrace, f.CloseBrace),
            ScoreDeclarationSyntax s => (s.OpenBrace, s.CloseBrace),
            TemplateDeclarationSyntax t => (t.OpenBrace, t.CloseBrace),
            JourneyDeclarationSyntax j => (j.OpenBrace, j.CloseBrace),
            BlockSyntax b => (b.OpenBrace, b.CloseBrace),
            WaitArmsStepSyntax w => (w.OpenBrace, w.CloseBrace),
            SplitStepSyntax s => (s.OpenBrace, s.CloseBrace),
            _ => null,
        };
    }

    /// <summary>The names completion offers: those of the model, plus those of the last good model that the model lacks.</summary>
    private sealed class Names(SemanticModel model, SemanticModel? lastGood)
    {
        private readonly WorkspaceSymbols _primary = model.Symbols;
        private readonly WorkspaceSymbols? _fallback = lastGood?.Symbols;

        public IReadOnlyList<EventSymbol> Events => Union(s => s.Events);

        public IReadOnlyList<EnumSymbol> Enums => Union(s => s.Enums);

        public IReadOnlyList<FunnelSymbol> Funnels => Union(s => s.Funnels);

        public IReadOnlyList<SegmentSymbol> Segments => Union(s => s.Segments);

        public IReadOnlyList<ScoreModelSymbol> ScoreModels => Union(s => s.ScoreModels);

        public IReadOnlyList<TemplateSymbol> Templates => Union(s => s.Templates);

        public IReadOnlyList<FieldSymbol> ContactFields => Union(s => s.Contact.Fields);

        public EventSymbol? GetEvent(string name) => _primary.GetEvent(name) ?? _fallback?.GetEvent(name);

        public EnumSymbol? GetEnum(string name) => _primary.GetEnum(name) ?? _fallback?.GetEnum(name);

        public FunnelSymbol? GetFunnel(string name) => _primary.GetFunnel(name) ?? _fallback?.GetFunnel(name);

        public FieldSymbol? GetContactField(string name) => _primary.Contact.GetField(name) ?? _fallback?.Contact.GetField(name);

        public EventSymbol? StepEvent(string journey) => model.GetJourney(journey)?.StepEvent ?? lastGood?.GetJourney(journey)?.StepEvent;

        private IReadOnlyList<T> Union<T>(Func<WorkspaceSymbols, IEnumerable<T>> list)
            where T : Symbol
        {
            var primary = list(_primary).ToList();
            if (_fallback is null)
            {
                return primary;
            }

            var names = primary.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
            primary.AddRange(list(_fallback).Where(s => !names.Contains(s.Name)));
            return primary;
        }
    }
}
