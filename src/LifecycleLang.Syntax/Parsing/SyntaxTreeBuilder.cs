using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Text;
using static LifecycleLang.Syntax.Parsing.Generated.LifecycleParser;

namespace LifecycleLang.Syntax.Parsing;

/// <summary>
/// Converts the ANTLR parse tree into LifecycleLang's own immutable syntax tree. Every token of the
/// stream ends up in the tree exactly once — as a token, or as trivia of the token after it (whitespace,
/// comments, tokens skipped by recovery) — so the tree prints back to the exact input.
/// Tokens must be requested in source order; each builder method reads its children left to right.
/// </summary>
internal sealed class SyntaxTreeBuilder
{
    private readonly IList<IToken> _tokens;
    private readonly SourceText _text;
    private readonly List<Diagnostic> _diagnostics;
    private int _next;
    private int _lastEnd;

    public SyntaxTreeBuilder(IList<IToken> tokens, SourceText text, List<Diagnostic> diagnostics)
    {
        _tokens = tokens;
        _text = text;
        _diagnostics = diagnostics;
    }

    public CompilationUnitSyntax Build(CompilationUnitContext context)
    {
        var cursor = new ChildCursor(context);
        var declarations = cursor.TakeAll<DeclarationContext>().Select(Declaration).OfType<DeclarationSyntax>().ToImmutableArray();
        var eof = ConsumeEndOfFile();
        return new CompilationUnitSyntax(declarations, eof);
    }

    // ------------------------------------------------------------------ tokens and trivia

    private SyntaxToken Token(IToken? token, TokenKind missingKind)
    {
        if (token is null || token.TokenIndex < 0)
        {
            return SyntaxToken.Missing(missingKind, _lastEnd);
        }

        if (token.TokenIndex < _next)
        {
            throw new InvalidOperationException($"Token {token.TokenIndex} requested out of source order (next is {_next}).");
        }

        var trivia = TriviaUpTo(token.TokenIndex);
        _next = token.TokenIndex + 1;
        _lastEnd = token.StopIndex + 1;
        var kind = TokenKindMap.ToKind(token.Type);
        var result = new SyntaxToken(kind, token.Text, token.StartIndex, trivia);
        ValidateToken(result);
        return result;
    }

    private SyntaxToken Take(ChildCursor cursor, int type) =>
        Token(cursor.TakeToken(type), TokenKindMap.ToKind(type));

    private SyntaxToken? TakeOptional(ChildCursor cursor, params int[] types) =>
        cursor.TakeToken(types) is { } token ? Token(token, TokenKind.None) : null;

    private SyntaxToken TakeOneOf(ChildCursor cursor, TokenKind missingKind, params int[] types) =>
        Token(cursor.TakeToken(types), missingKind);

    private SyntaxToken Name(NameContext? context) => Token(SingleToken(context), TokenKind.Identifier);

    private SyntaxToken Name(ChildCursor cursor) => Name(cursor.Take<NameContext>());

    private SyntaxToken StringToken(StringContext? context) => Token(SingleToken(context), TokenKind.String);

    private SyntaxToken NumberToken(NumberContext? context) => Token(SingleToken(context), TokenKind.Number);

    private static IToken? SingleToken(ParserRuleContext? context) =>
        context?.children?.OfType<ITerminalNode>().FirstOrDefault(t => t is not IErrorNode)?.Symbol;

    private SyntaxToken ConsumeEndOfFile()
    {
        var eofIndex = _tokens.Count - 1;
        var trivia = TriviaUpTo(eofIndex);
        _next = _tokens.Count;
        return new SyntaxToken(TokenKind.EndOfFile, string.Empty, _text.Length, trivia);
    }

    private ImmutableArray<SyntaxTrivia> TriviaUpTo(int tokenIndex)
    {
        if (_next >= tokenIndex)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<SyntaxTrivia>(tokenIndex - _next);
        for (var i = _next; i < tokenIndex; i++)
        {
            var token = _tokens[i];
            var kind = TokenKindMap.ToKind(token.Type);
            var triviaKind = kind switch
            {
                TokenKind.Whitespace => TriviaKind.Whitespace,
                TokenKind.Newline => TriviaKind.Newline,
                TokenKind.LineComment => TriviaKind.LineComment,
                TokenKind.BlockComment or TokenKind.UnterminatedBlockComment => TriviaKind.BlockComment,
                TokenKind.BadCharacter => TriviaKind.BadCharacter,
                _ => TriviaKind.SkippedToken,
            };
            var span = new TextSpan(token.StartIndex, token.Text.Length);
            if (kind == TokenKind.BadCharacter)
            {
                _diagnostics.Add(DiagnosticCatalog.UnexpectedCharacter.Create(_text, span, token.Text));
            }
            else if (kind == TokenKind.UnterminatedBlockComment)
            {
                _diagnostics.Add(DiagnosticCatalog.UnterminatedComment.Create(_text, new TextSpan(token.StartIndex, 2)));
            }

            builder.Add(new SyntaxTrivia(triviaKind, token.Text, token.StartIndex));
        }

        return builder.MoveToImmutable();
    }

    private void ValidateToken(SyntaxToken token)
    {
        switch (token.Kind)
        {
            case TokenKind.UnterminatedString:
                _diagnostics.Add(DiagnosticCatalog.UnterminatedString.Create(_text, token.Span, "'\"'"));
                break;
            case TokenKind.UnterminatedTripleString:
                _diagnostics.Add(DiagnosticCatalog.UnterminatedString.Create(_text, new TextSpan(token.Start, 3), "'\"\"\"'"));
                break;
            case TokenKind.String:
                ValidateEscapes(token);
                break;
            case TokenKind.TimeOfDay:
                ValidateTimeOfDay(token);
                break;
            case TokenKind.Percent:
                var dot = token.Text.IndexOf('.');
                if (dot >= 0 && token.Text.Length - dot - 2 > 2)
                {
                    _diagnostics.Add(DiagnosticCatalog.InvalidPercent.Create(_text, token.Span, token.Text));
                }

                break;
        }
    }

    private void ValidateEscapes(SyntaxToken token)
    {
        var text = token.Text;
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] != '\\')
            {
                continue;
            }

            var length = StringLiterals.EscapeLength(text, i);
            if (length == 0)
            {
                var end = Math.Min(i + 2, text.Length - 1);
                _diagnostics.Add(DiagnosticCatalog.InvalidEscape.Create(_text, TextSpan.FromBounds(token.Start + i, token.Start + end), text[i..end]));
                i = end - 1;
            }
            else
            {
                i += length - 1;
            }
        }
    }

    private void ValidateTimeOfDay(SyntaxToken token)
    {
        if (TimeOfDayLiteral.TryParse(token.Text, out _, out _))
        {
            return;
        }

        var fix = TimeOfDayLiteral.Suggest(token.Text);
        var fixes = fix is null
            ? []
            : new[] { CodeFix.Replace($"Write {fix}", new TextEdit(_text, token.Span, fix)) };
        var hint = fix is null ? string.Empty : $" (did you mean {fix}?)";
        _diagnostics.Add(DiagnosticCatalog.InvalidTimeOfDay.Create(_text, token.Span, fixes, token.Text, hint));
    }

    // ------------------------------------------------------------------ declarations

    private DeclarationSyntax? Declaration(DeclarationContext context)
    {
        var child = new ChildCursor(context).TakeAny();
        return child switch
        {
            SettingsDeclarationContext c => Settings(c),
            ContactDeclarationContext c => Contact(c),
            EnumDeclarationContext c => Enum(c),
            EventDeclarationContext c => Event(c),
            FunnelDeclarationContext c => Funnel(c),
            SegmentDeclarationContext c => Segment(c),
            ScoreDeclarationContext c => Score(c),
            TemplateDeclarationContext c => Template(c),
            JourneyDeclarationContext c => Journey(c),
            _ => null,
        };
    }

    private SettingsDeclarationSyntax Settings(SettingsDeclarationContext context)
    {
        var c = new ChildCursor(context);
        return new SettingsDeclarationSyntax(
            Take(c, SETTINGS),
            Take(c, LBRACE),
            [.. c.TakeAll<SettingContext>().Select(Setting).OfType<SettingSyntax>()],
            Take(c, RBRACE));
    }

    private SettingSyntax? Setting(SettingContext context)
    {
        var c = new ChildCursor(context);
        switch (context)
        {
            case TimezoneSettingContext:
                return new TimezoneSettingSyntax(Take(c, TIMEZONE), StringToken(c.Take<StringContext>()));
            case QuietHoursSettingContext:
                return new QuietHoursSettingSyntax(QuietHours(c.Take<QuietHoursContext>()));
            case CapSettingContext:
                return new CapSettingSyntax(Take(c, CAP), Name(c), NumberToken(c.Take<NumberContext>()), Take(c, PER), Duration(c.Take<DurationContext>()));
            default:
                return null;
        }
    }

    private QuietHoursSyntax QuietHours(QuietHoursContext? context)
    {
        var c = new ChildCursor(context);
        return new QuietHoursSyntax(Take(c, QUIET), Take(c, HOURS), Take(c, TIME_OF_DAY), Take(c, TO), Take(c, TIME_OF_DAY));
    }

    private ContactDeclarationSyntax Contact(ContactDeclarationContext context)
    {
        var c = new ChildCursor(context);
        return new ContactDeclarationSyntax(
            Take(c, CONTACT),
            Take(c, LBRACE),
            [.. c.TakeAll<FieldDeclarationContext>().Select(Field)],
            Take(c, RBRACE));
    }

    private EventDeclarationSyntax Event(EventDeclarationContext context)
    {
        var c = new ChildCursor(context);
        return new EventDeclarationSyntax(
            Take(c, EVENT),
            Name(c),
            Take(c, LBRACE),
            [.. c.TakeAll<FieldDeclarationContext>().Select(Field)],
            Take(c, RBRACE));
    }

    private FieldDeclarationSyntax Field(FieldDeclarationContext context)
    {
        var c = new ChildCursor(context);
        return new FieldDeclarationSyntax(Name(c), Take(c, COLON), Type(c.Take<TypeContext>()), TakeOptional(c, QUESTION), TakeOptional(c, COMMA));
    }

    private TypeSyntax Type(TypeContext? context)
    {
        var c = new ChildCursor(context);
        return context switch
        {
            ListTypeContext => new ListTypeSyntax(Take(c, LIST), Take(c, LESS), Type(c.Take<TypeContext>()), Take(c, GREATER)),
            _ => new NamedTypeSyntax(Name(c)),
        };
    }

    private EnumDeclarationSyntax Enum(EnumDeclarationContext context)
    {
        var c = new ChildCursor(context);
        return new EnumDeclarationSyntax(
            Take(c, ENUM),
            Name(c),
            Take(c, LBRACE),
            [.. c.TakeAll<EnumMemberContext>().Select(EnumMember)],
            Take(c, RBRACE));
    }

    private EnumMemberSyntax EnumMember(EnumMemberContext context)
    {
        var c = new ChildCursor(context);
        return new EnumMemberSyntax(Name(c), TakeOptional(c, COMMA));
    }

    private FunnelDeclarationSyntax Funnel(FunnelDeclarationContext context)
    {
        var c = new ChildCursor(context);
        return new FunnelDeclarationSyntax(
            Take(c, FUNNEL),
            Name(c),
            Take(c, LBRACE),
            [.. c.TakeAll<StageDeclarationContext>().Select(Stage)],
            Take(c, RBRACE));
    }

    private StageDeclarationSyntax Stage(StageDeclarationContext context)
    {
        var c = new ChildCursor(context);
        return new StageDeclarationSyntax(Take(c, STAGE), Name(c), [.. c.TakeAll<StageAttributeContext>().Select(StageAttribute)]);
    }

    private StageAttributeSyntax StageAttribute(StageAttributeContext context)
    {
        var c = new ChildCursor(context);
        return context switch
        {
            SlaAttributeContext => new SlaAttributeSyntax(Take(c, SLA), Duration(c.Take<DurationContext>())),
            _ => new OwnerAttributeSyntax(Take(c, OWNER), Name(c)),
        };
    }

    private SegmentDeclarationSyntax Segment(SegmentDeclarationContext context)
    {
        var c = new ChildCursor(context);
        return new SegmentDeclarationSyntax(Take(c, SEGMENT), Name(c), Take(c, EQUALS), Expression(c.Take<ExpressionContext>()));
    }

    private ScoreDeclarationSyntax Score(ScoreDeclarationContext context)
    {
        var c = new ChildCursor(context);
        return new ScoreDeclarationSyntax(
            Take(c, SCORE),
            Name(c),
            Take(c, LBRACE),
            [.. c.TakeAll<ScoreItemContext>().Select(ScoreItem)],
            Take(c, RBRACE));
    }

    private ScoreItemSyntax ScoreItem(ScoreItemContext context)
    {
        var c = new ChildCursor(context);
        return context switch
        {
            ScoreEventRuleContext => new ScoreEventRuleSyntax(SignedNumber(c.Take<SignedNumberContext>()), Take(c, ON), Name(c), Where(c)),
            ScoreFitRuleContext => new ScoreFitRuleSyntax(SignedNumber(c.Take<SignedNumberContext>()), Take(c, WHEN), Expression(c.Take<ExpressionContext>())),
            ScoreDecayContext => new ScoreDecaySyntax(Take(c, DECAY), NumberToken(c.Take<NumberContext>()), Take(c, EVERY), Duration(c.Take<DurationContext>())),
            _ => new ScoreBoundSyntax(TakeOneOf(c, TokenKind.Min, MIN, MAX), SignedNumber(c.Take<SignedNumberContext>())),
        };
    }

    private SignedNumberSyntax SignedNumber(SignedNumberContext? context)
    {
        var c = new ChildCursor(context);
        return new SignedNumberSyntax(TakeOptional(c, PLUS, MINUS), NumberToken(c.Take<NumberContext>()));
    }

    private TemplateDeclarationSyntax Template(TemplateDeclarationContext context)
    {
        var c = new ChildCursor(context);
        return new TemplateDeclarationSyntax(
            Take(c, TEMPLATE),
            Name(c),
            Name(c),
            Take(c, LBRACE),
            [.. c.TakeAll<TemplatePartContext>().Select(TemplatePart)],
            Take(c, RBRACE));
    }

    private TemplatePartSyntax TemplatePart(TemplatePartContext context)
    {
        var c = new ChildCursor(context);
        var name = Name(c);
        var valueContext = c.Take<TemplateValueContext>();
        var v = new ChildCursor(valueContext);
        TemplateValueSyntax value = valueContext switch
        {
            FileTemplateValueContext => new FileTemplateValueSyntax(Take(v, FILE), StringToken(v.Take<StringContext>())),
            NameTemplateValueContext => new NameTemplateValueSyntax(Name(v)),
            _ => new StringTemplateValueSyntax(StringToken(v.Take<StringContext>())),
        };
        return new TemplatePartSyntax(name, value);
    }

    // ------------------------------------------------------------------ journeys

    private JourneyDeclarationSyntax Journey(JourneyDeclarationContext context)
    {
        var c = new ChildCursor(context);
        return new JourneyDeclarationSyntax(
            Take(c, JOURNEY),
            Name(c),
            Take(c, LBRACE),
            [.. c.TakeAll<JourneyMemberContext>().Select(JourneyMember).OfType<JourneyMemberSyntax>()],
            Take(c, RBRACE));
    }

    private JourneyMemberSyntax? JourneyMember(JourneyMemberContext context)
    {
        var child = new ChildCursor(context).TakeAny();
        return child switch
        {
            JourneyClauseContext clause => Clause(clause),
            StepContext step => Step(step),
            _ => null,
        };
    }

    private JourneyClauseSyntax Clause(JourneyClauseContext context)
    {
        var c = new ChildCursor(context);
        return context switch
        {
            FunnelClauseContext => new FunnelClauseSyntax(Take(c, FUNNEL), Name(c)),
            EntryOnClauseContext => new EntryOnClauseSyntax(Take(c, ENTRY), Take(c, ON), Name(c), Where(c)),
            EntryWhenClauseContext => new EntryWhenClauseSyntax(Take(c, ENTRY), Take(c, WHEN), Expression(c.Take<ExpressionContext>())),
            EntryAtClauseContext => new EntryAtClauseSyntax(Take(c, ENTRY), Take(c, AT), StringToken(c.Take<StringContext>()), TakeOptional(c, LOCAL), When(c)),
            ExitOnClauseContext => new ExitOnClauseSyntax(Take(c, EXIT), Take(c, ON), Name(c), Where(c)),
            ExitWhenClauseContext => new ExitWhenClauseSyntax(Take(c, EXIT), Take(c, WHEN), Expression(c.Take<ExpressionContext>())),
            GoalClauseContext => new GoalClauseSyntax(Take(c, GOAL), Name(c), Where(c), Within(c)),
            ReentryClauseContext => Reentry(c),
            HoldoutClauseContext => new HoldoutClauseSyntax(Take(c, HOLDOUT), Take(c, PERCENT)),
            _ => new QuietHoursClauseSyntax(QuietHours(c.Take<QuietHoursContext>())),
        };
    }

    private ReentryClauseSyntax Reentry(ChildCursor c)
    {
        var keyword = Take(c, REENTRY);
        var mode = TakeOneOf(c, TokenKind.Never, NEVER, ALWAYS, AFTER);
        var after = c.At<DurationContext>() ? Duration(c.Take<DurationContext>()) : null;
        return new ReentryClauseSyntax(keyword, mode, after);
    }

    private WhereClauseSyntax? Where(ChildCursor c) =>
        c.Take<WhereClauseContext>() is { } context ? WhereClause(context) : null;

    private WhereClauseSyntax WhereClause(WhereClauseContext context)
    {
        var c = new ChildCursor(context);
        return new WhereClauseSyntax(Take(c, WHERE), Expression(c.Take<ExpressionContext>()));
    }

    private WhenClauseSyntax? When(ChildCursor c)
    {
        if (c.Take<WhenClauseContext>() is not { } context)
        {
            return null;
        }

        var w = new ChildCursor(context);
        return new WhenClauseSyntax(Take(w, WHEN), Expression(w.Take<ExpressionContext>()));
    }

    private WithinClauseSyntax? Within(ChildCursor c)
    {
        if (c.Take<WithinClauseContext>() is not { } context)
        {
            return null;
        }

        var w = new ChildCursor(context);
        return new WithinClauseSyntax(Take(w, WITHIN), Duration(w.Take<DurationContext>()));
    }

    private StepSyntax Step(StepContext context)
    {
        var c = new ChildCursor(context);
        LabelSyntax? label = null;
        if (c.Take<LabelContext>() is { } labelContext)
        {
            var l = new ChildCursor(labelContext);
            label = new LabelSyntax(Name(l), Take(l, COLON));
        }

        var body = c.Take<StepBodyContext>();
        var b = new ChildCursor(body);
        return body switch
        {
            StageStepContext => new StageStepSyntax(label, Take(b, STAGE), Name(b)),
            SendStepContext => new SendStepSyntax(label, Take(b, SEND), Name(b), Name(b)),
            WaitUntilStepContext => new WaitUntilStepSyntax(label, Take(b, WAIT), Take(b, UNTIL), Take(b, TIME_OF_DAY), TakeOptional(b, LOCAL)),
            WaitForStepContext => new WaitForStepSyntax(
                label, Take(b, WAIT), Take(b, FOR), Name(b), Where(b), Take(b, UP), Take(b, TO), Duration(b.Take<DurationContext>()), Else(b)),
            WaitArmsStepContext => new WaitArmsStepSyntax(
                label, Take(b, WAIT), Take(b, UP), Take(b, TO), Duration(b.Take<DurationContext>()), Take(b, LBRACE),
                [.. b.TakeAll<WaitArmContext>().Select(WaitArm)], Take(b, RBRACE)),
            WaitStepContext => new WaitStepSyntax(label, Take(b, WAIT), Duration(b.Take<DurationContext>())),
            IfStepContext => new IfStepSyntax(
                label, Take(b, IF), Expression(b.Take<ExpressionContext>()), Block(b.Take<BlockContext>()),
                [.. b.TakeAll<ElseIfClauseContext>().Select(ElseIf)], Else(b)),
            SplitStepContext => new SplitStepSyntax(label, Take(b, SPLIT), Take(b, LBRACE), [.. b.TakeAll<SplitArmContext>().Select(SplitArm)], Take(b, RBRACE)),
            ScoreStepContext => new ScoreStepSyntax(label, Take(b, SCORE), Name(b), SignedNumber(b.Take<SignedNumberContext>())),
            SetStepContext => new SetStepSyntax(label, Take(b, SET), Take(b, CONTACT), Take(b, DOT), Name(b), Take(b, EQUALS), Expression(b.Take<ExpressionContext>())),
            ExitStepContext => new ExitStepSyntax(label, Take(b, EXIT)),
            // Recovery left no step body: keep the label (if any) on an exit-shaped placeholder with a missing keyword.
            _ => new ExitStepSyntax(label, SyntaxToken.Missing(TokenKind.Exit, _lastEnd)),
        };
    }

    private WaitArmSyntax WaitArm(WaitArmContext context)
    {
        var c = new ChildCursor(context);
        return context switch
        {
            TimeoutArmContext => new TimeoutArmSyntax(Take(c, TIMEOUT), Block(c.Take<BlockContext>())),
            _ => new OnArmSyntax(Take(c, ON), Name(c), Where(c), Block(c.Take<BlockContext>())),
        };
    }

    private ElseIfClauseSyntax ElseIf(ElseIfClauseContext context)
    {
        var c = new ChildCursor(context);
        return new ElseIfClauseSyntax(Take(c, ELSE), Take(c, IF), Expression(c.Take<ExpressionContext>()), Block(c.Take<BlockContext>()));
    }

    private ElseClauseSyntax? Else(ChildCursor c)
    {
        if (c.Take<ElseClauseContext>() is not { } context)
        {
            return null;
        }

        var e = new ChildCursor(context);
        return new ElseClauseSyntax(Take(e, ELSE), Block(e.Take<BlockContext>()));
    }

    private SplitArmSyntax SplitArm(SplitArmContext context)
    {
        var c = new ChildCursor(context);
        return new SplitArmSyntax(Name(c), Take(c, PERCENT), Block(c.Take<BlockContext>()));
    }

    private BlockSyntax Block(BlockContext? context)
    {
        var c = new ChildCursor(context);
        return new BlockSyntax(Take(c, LBRACE), [.. c.TakeAll<StepContext>().Select(Step)], Take(c, RBRACE));
    }

    private DurationSyntax Duration(DurationContext? context)
    {
        var c = new ChildCursor(context);
        var amount = NumberToken(c.Take<NumberContext>());
        var unit = Token(SingleToken(c.Take<TimeUnitContext>()), TokenKind.Days);
        return new DurationSyntax(amount, unit);
    }

    // ------------------------------------------------------------------ expressions

    private ExpressionSyntax Expression(ExpressionContext? context) =>
        context?.orExpression() is { } or ? Or(or) : MissingExpression();

    private ExpressionSyntax MissingExpression() => new MissingExpressionSyntax(SyntaxToken.Missing(TokenKind.Identifier, _lastEnd));

    private ExpressionSyntax Or(OrExpressionContext context) =>
        LeftFold(context, child => child is AndExpressionContext and ? And(and) : null, OR);

    private ExpressionSyntax And(AndExpressionContext context) =>
        LeftFold(context, child => child is NotExpressionContext not ? Not(not) : null, AND);

    private ExpressionSyntax LeftFold(ParserRuleContext context, Func<IParseTree, ExpressionSyntax?> operand, params int[] operators)
    {
        var c = new ChildCursor(context);
        var left = c.TakeAny() is { } first ? operand(first) ?? MissingExpression() : MissingExpression();
        while (c.At(operators))
        {
            var op = Token(c.TakeToken(operators), TokenKind.None);
            var next = c.TakeAny();
            var right = next is null ? MissingExpression() : operand(next) ?? MissingExpression();
            left = new BinaryExpressionSyntax(left, op, right);
        }

        return left;
    }

    private ExpressionSyntax Not(NotExpressionContext context)
    {
        var c = new ChildCursor(context);
        if (c.At(NOT))
        {
            var op = Take(c, NOT);
            var operand = c.Take<NotExpressionContext>() is { } inner ? Not(inner) : MissingExpression();
            return new UnaryExpressionSyntax(op, operand);
        }

        return c.Take<ComparisonContext>() is { } comparison ? Comparison(comparison) : MissingExpression();
    }

    private ExpressionSyntax Comparison(ComparisonContext context)
    {
        var c = new ChildCursor(context);
        var left = c.Take<CoalesceContext>() is { } coalesce ? Coalesce(coalesce) : MissingExpression();
        var first = true;
        while (c.Take<ComparisonTailContext>() is { } tail)
        {
            left = ComparisonTail(left, tail);
            if (!first)
            {
                var op = ((SyntaxNode)left).ChildElements().OfType<SyntaxToken>().First();
                _diagnostics.Add(DiagnosticCatalog.ChainedComparison.Create(_text, op.Span));
            }

            first = false;
        }

        return left;
    }

    private ExpressionSyntax ComparisonTail(ExpressionSyntax left, ComparisonTailContext tail)
    {
        var t = new ChildCursor(tail);
        switch (tail)
        {
            case CompareTailContext:
                var op = Token(SingleToken(t.Take<ComparisonOperatorContext>()), TokenKind.EqualsEquals);
                return new BinaryExpressionSyntax(left, op, t.Take<CoalesceContext>() is { } r ? Coalesce(r) : MissingExpression());
            case InTailContext:
                var not = TakeOptional(t, NOT);
                var @in = Take(t, IN);
                return new InExpressionSyntax(left, not, @in, t.Take<CoalesceContext>() is { } right ? Coalesce(right) : MissingExpression());
            default:
                return new IsSetExpressionSyntax(left, Take(t, IS), TakeOptional(t, NOT), Take(t, SET));
        }
    }

    private ExpressionSyntax Coalesce(CoalesceContext context) =>
        LeftFold(context, child => child is AdditiveContext a ? Additive(a) : null, QUESTION_QUESTION);

    private ExpressionSyntax Additive(AdditiveContext context) =>
        LeftFold(context, child => child is MultiplicativeContext m ? Multiplicative(m) : null, PLUS, MINUS);

    private ExpressionSyntax Multiplicative(MultiplicativeContext context) =>
        LeftFold(context, child => child is UnaryContext u ? Unary(u) : null, STAR, SLASH);

    private ExpressionSyntax Unary(UnaryContext context)
    {
        var c = new ChildCursor(context);
        if (c.At(MINUS))
        {
            var op = Take(c, MINUS);
            return new UnaryExpressionSyntax(op, c.Take<UnaryContext>() is { } inner ? Unary(inner) : MissingExpression());
        }

        return c.Take<PostfixContext>() is { } postfix ? Postfix(postfix) : MissingExpression();
    }

    private ExpressionSyntax Postfix(PostfixContext context)
    {
        var c = new ChildCursor(context);
        var expression = c.Take<PrimaryContext>() is { } primary ? Primary(primary) : MissingExpression();
        while (c.At(DOT))
        {
            var dot = Take(c, DOT);
            expression = new MemberAccessExpressionSyntax(expression, dot, Name(c));
        }

        return expression;
    }

    private ExpressionSyntax Primary(PrimaryContext context)
    {
        var c = new ChildCursor(context);
        switch (context)
        {
            case ParenthesizedExpressionContext:
                return new ParenthesizedExpressionSyntax(Take(c, LPAREN), Expression(c.Take<ExpressionContext>()), Take(c, RPAREN));
            case ListExpressionContext:
                var open = Take(c, LBRACKET);
                var items = ImmutableArray.CreateBuilder<ListItemSyntax>();
                while (c.Take<ExpressionContext>() is { } item)
                {
                    var value = Expression(item);
                    items.Add(new ListItemSyntax(value, TakeOptional(c, COMMA)));
                }

                return new ListExpressionSyntax(open, items.ToImmutable(), Take(c, RBRACKET));
            case DurationExpressionContext:
                return new DurationExpressionSyntax(Duration(c.Take<DurationContext>()));
            case LiteralExpressionContext:
                return new LiteralExpressionSyntax(Token(SingleToken(context), TokenKind.Number));
            case ClockExpressionContext:
                return new ClockExpressionSyntax(Token(SingleToken(context), TokenKind.Now));
            case ScoreExpressionContext:
                return new ScoreExpressionSyntax(Take(c, SCORE), Name(c));
            case CountExpressionContext:
                return new CountExpressionSyntax(Take(c, COUNT), Take(c, LPAREN), Name(c), Where(c), Within(c), Take(c, RPAREN));
            case ContactExpressionContext:
                return new ContactExpressionSyntax(Take(c, CONTACT));
            case EventExpressionContext:
                return new EventExpressionSyntax(Take(c, EVENT));
            case NameExpressionContext:
                return new NameExpressionSyntax(Name(c));
            default:
                return MissingExpression();
        }
    }
}
