using LifecycleLang.Syntax;

namespace LifecycleLang.Formatting;

/// <summary>Walks the syntax tree and tells the <see cref="Printer"/> where lines break (docs/formatting.md).</summary>
internal sealed class Layout
{
    private const int IndentSize = 2;

    private readonly Printer _p = new();

    public string Format(CompilationUnitSyntax root)
    {
        DeclarationSyntax? previous = null;
        foreach (var declaration in root.Declarations)
        {
            var sep = previous is null ? Sep.Line
                : previous.GetType() == declaration.GetType() && IsOneLiner(previous) && IsOneLiner(declaration) ? Sep.LineKeepBlank
                : Sep.BlankLine;
            Declaration(declaration, sep);
            previous = declaration;
        }

        _p.EndOfFile(root.EndOfFile);
        return _p.Render();
    }

    // ───────────────────────────── declarations ─────────────────────────────

    private void Declaration(DeclarationSyntax declaration, Sep sep)
    {
        switch (declaration)
        {
            case SettingsDeclarationSyntax settings:
                T(settings.SettingsKeyword, sep);
                Body(settings.OpenBrace, settings.Settings, settings.CloseBrace, Setting);
                break;
            case ContactDeclarationSyntax contact:
                T(contact.ContactKeyword, sep);
                Body(contact.OpenBrace, contact.Fields, contact.CloseBrace, Field);
                break;
            case EventDeclarationSyntax e:
                T(e.EventKeyword, sep);
                T(e.Name, Sep.Space);
                if (KeepsOneLine(e))
                {
                    OneLineBody(e.OpenBrace, e.Fields, e.CloseBrace, Field);
                }
                else
                {
                    Body(e.OpenBrace, e.Fields, e.CloseBrace, Field);
                }

                break;
            case EnumDeclarationSyntax e:
                T(e.EnumKeyword, sep);
                T(e.Name, Sep.Space);
                if (KeepsOneLine(e))
                {
                    OneLineBody(e.OpenBrace, e.Members, e.CloseBrace, EnumMember);
                }
                else
                {
                    Body(e.OpenBrace, e.Members, e.CloseBrace, EnumMember);
                }

                break;
            case FunnelDeclarationSyntax funnel:
                Funnel(funnel, sep);
                break;
            case SegmentDeclarationSyntax segment:
                T(segment.SegmentKeyword, sep);
                T(segment.Name, Sep.Space);
                T(segment.EqualsToken, Sep.Space);
                Condition(segment.Condition, Sep.Space, 0);
                break;
            case ScoreDeclarationSyntax score:
                Score(score, sep);
                break;
            case TemplateDeclarationSyntax template:
                T(template.TemplateKeyword, sep);
                T(template.Name, Sep.Space);
                T(template.Channel, Sep.Space);
                Body(template.OpenBrace, template.Parts, template.CloseBrace, TemplatePart);
                break;
            case JourneyDeclarationSyntax journey:
                Journey(journey, sep);
                break;
            default:
                foreach (var token in declaration.DescendantTokens())
                {
                    T(token, token == declaration.FirstToken() ? sep : Sep.Space);
                }

                break;
        }
    }

    private void Setting(SettingSyntax setting, Sep sep)
    {
        switch (setting)
        {
            case TimezoneSettingSyntax timezone:
                T(timezone.TimezoneKeyword, sep);
                T(timezone.Value, Sep.Space);
                break;
            case QuietHoursSettingSyntax quiet:
                QuietHours(quiet.QuietHours, sep);
                break;
            case CapSettingSyntax cap:
                T(cap.CapKeyword, sep);
                T(cap.Channel, Sep.Space);
                T(cap.Count, Sep.Space);
                T(cap.PerKeyword, Sep.Space);
                Duration(cap.Window, Sep.Space);
                break;
            default:
                Tokens(setting, sep);
                break;
        }
    }

    private void QuietHours(QuietHoursSyntax quiet, Sep sep)
    {
        T(quiet.QuietKeyword, sep);
        T(quiet.HoursKeyword, Sep.Space);
        T(quiet.From, Sep.Space);
        T(quiet.ToKeyword, Sep.Space);
        T(quiet.To, Sep.Space);
    }

    private void Field(FieldDeclarationSyntax field, Sep sep)
    {
        T(field.Name, sep);
        T(field.Colon, Sep.None);
        Type(field.Type, Sep.Space);
        Opt(field.QuestionMark, Sep.None);
        Opt(field.Comma, Sep.None);
    }

    private void Type(TypeSyntax type, Sep sep)
    {
        switch (type)
        {
            case NamedTypeSyntax named:
                T(named.Name, sep);
                break;
            case ListTypeSyntax list:
                T(list.ListKeyword, sep);
                T(list.LessThan, Sep.None);
                Type(list.ElementType, Sep.None);
                T(list.GreaterThan, Sep.None);
                break;
            default:
                Tokens(type, sep);
                break;
        }
    }

    private void EnumMember(EnumMemberSyntax member, Sep sep)
    {
        T(member.Name, sep);
        Opt(member.Comma, Sep.None);
    }

    private void Funnel(FunnelDeclarationSyntax funnel, Sep sep)
    {
        T(funnel.FunnelKeyword, sep);
        T(funnel.Name, Sep.Space);

        // Stage attributes line up in columns: `stage Convert  owner sales     sla 2 days`.
        var cells = funnel.Stages.Select(StageCells).ToList();
        var widths = new List<int>();
        foreach (var row in cells)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (widths.Count <= i)
                {
                    widths.Add(0);
                }

                widths[i] = Math.Max(widths[i], row[i]);
            }
        }

        var index = 0;
        Body(funnel.OpenBrace, funnel.Stages, funnel.CloseBrace, (stage, stageSep) =>
        {
            var row = cells[index++];
            T(stage.StageKeyword, stageSep);
            T(stage.Name, Sep.Space);
            for (var i = 0; i < stage.Attributes.Length; i++)
            {
                var pad = funnel.Stages.Length > 1 ? widths[i] - row[i] : 0;
                StageAttribute(stage.Attributes[i], pad);
            }
        });
    }

    private static List<int> StageCells(StageDeclarationSyntax stage)
    {
        var cells = new List<int> { stage.StageKeyword.Text.Length + 1 + stage.Name.Text.Length };
        cells.AddRange(stage.Attributes.Select(attribute => FlatWidth(attribute.DescendantTokens())));
        return cells;
    }

    private void StageAttribute(StageAttributeSyntax attribute, int pad)
    {
        switch (attribute)
        {
            case OwnerAttributeSyntax owner:
                T(owner.OwnerKeyword, Sep.Space, pad);
                T(owner.Owner, Sep.Space);
                break;
            case SlaAttributeSyntax sla:
                T(sla.SlaKeyword, Sep.Space, pad);
                Duration(sla.Duration, Sep.Space);
                break;
            default:
                Tokens(attribute, Sep.Space);
                break;
        }
    }

    private void Score(ScoreDeclarationSyntax score, Sep sep)
    {
        T(score.ScoreKeyword, sep);
        T(score.Name, Sep.Space);

        // Rule points line up: `+5  on message_opened` under `+10 on message_clicked`.
        var pointsWidth = score.Items.Select(item => item switch
        {
            ScoreEventRuleSyntax rule => FlatWidth(rule.Points.DescendantTokens()),
            ScoreFitRuleSyntax rule => FlatWidth(rule.Points.DescendantTokens()),
            _ => 0,
        }).DefaultIfEmpty(0).Max();

        Body(score.OpenBrace, score.Items, score.CloseBrace, (item, itemSep) =>
        {
            switch (item)
            {
                case ScoreEventRuleSyntax rule:
                    SignedNumber(rule.Points, itemSep);
                    T(rule.OnKeyword, Sep.Space, pointsWidth - FlatWidth(rule.Points.DescendantTokens()));
                    T(rule.Event, Sep.Space);
                    Where(rule.Where, 0);
                    break;
                case ScoreFitRuleSyntax rule:
                    SignedNumber(rule.Points, itemSep);
                    T(rule.WhenKeyword, Sep.Space, pointsWidth - FlatWidth(rule.Points.DescendantTokens()));
                    Condition(rule.Condition, Sep.Space, 0);
                    break;
                case ScoreDecaySyntax decay:
                    T(decay.DecayKeyword, itemSep);
                    T(decay.Amount, Sep.Space);
                    T(decay.EveryKeyword, Sep.Space);
                    Duration(decay.Period, Sep.Space);
                    break;
                case ScoreBoundSyntax bound:
                    T(bound.Keyword, itemSep);
                    SignedNumber(bound.Value, Sep.Space);
                    break;
                default:
                    Tokens(item, itemSep);
                    break;
            }
        });
    }

    private void SignedNumber(SignedNumberSyntax number, Sep sep)
    {
        if (number.Sign is { } sign)
        {
            T(sign, sep);
            T(number.Number, Sep.None);
        }
        else
        {
            T(number.Number, sep);
        }
    }

    private void TemplatePart(TemplatePartSyntax part, Sep sep)
    {
        T(part.Name, sep);
        switch (part.Value)
        {
            case FileTemplateValueSyntax file:
                T(file.FileKeyword, Sep.Space);
                T(file.Path, Sep.Space);
                break;
            default:
                Tokens(part.Value, Sep.Space);
                break;
        }
    }

    // ───────────────────────────── journeys ─────────────────────────────

    private void Journey(JourneyDeclarationSyntax journey, Sep sep)
    {
        T(journey.JourneyKeyword, sep);
        T(journey.Name, Sep.Space);
        JourneyMemberSyntax? previous = null;
        Body(journey.OpenBrace, journey.Members, journey.CloseBrace, (member, memberSep) =>
        {
            // One blank line between the clauses and the first step.
            if (previous is JourneyClauseSyntax && member is StepSyntax)
            {
                memberSep = Sep.BlankLine;
            }

            previous = member;
            if (member is JourneyClauseSyntax clause)
            {
                Clause(clause, memberSep);
            }
            else
            {
                Step((StepSyntax)member, memberSep);
            }
        });
    }

    private void Clause(JourneyClauseSyntax clause, Sep sep)
    {
        switch (clause)
        {
            case FunnelClauseSyntax funnel:
                T(funnel.FunnelKeyword, sep);
                T(funnel.Funnel, Sep.Space);
                break;
            case EntryOnClauseSyntax entry:
                T(entry.EntryKeyword, sep);
                T(entry.OnKeyword, Sep.Space);
                T(entry.Event, Sep.Space);
                Where(entry.Where, 0);
                break;
            case EntryWhenClauseSyntax entry:
                T(entry.EntryKeyword, sep);
                T(entry.WhenKeyword, Sep.Space);
                Condition(entry.Condition, Sep.Space, 0);
                break;
            case EntryAtClauseSyntax entry:
                T(entry.EntryKeyword, sep);
                T(entry.AtKeyword, Sep.Space);
                T(entry.DateTime, Sep.Space);
                Opt(entry.LocalKeyword, Sep.Space);
                if (entry.When is { } when)
                {
                    T(when.WhenKeyword, Sep.Space);
                    Condition(when.Condition, Sep.Space, 0);
                }

                break;
            case ExitOnClauseSyntax exit:
                T(exit.ExitKeyword, sep);
                T(exit.OnKeyword, Sep.Space);
                T(exit.Event, Sep.Space);
                Where(exit.Where, 0);
                break;
            case ExitWhenClauseSyntax exit:
                T(exit.ExitKeyword, sep);
                T(exit.WhenKeyword, Sep.Space);
                Condition(exit.Condition, Sep.Space, 0);
                break;
            case GoalClauseSyntax goal:
                T(goal.GoalKeyword, sep);
                T(goal.Event, Sep.Space);
                Where(goal.Where, goal.Within is null ? 0 : 1 + FlatWidth(goal.Within.DescendantTokens()));
                if (goal.Within is { } within)
                {
                    T(within.WithinKeyword, Sep.Space);
                    Duration(within.Duration, Sep.Space);
                }

                break;
            case ReentryClauseSyntax reentry:
                T(reentry.ReentryKeyword, sep);
                T(reentry.Mode, Sep.Space);
                if (reentry.After is { } after)
                {
                    Duration(after, Sep.Space);
                }

                break;
            case HoldoutClauseSyntax holdout:
                T(holdout.HoldoutKeyword, sep);
                T(holdout.Percent, Sep.Space);
                break;
            case QuietHoursClauseSyntax quiet:
                QuietHours(quiet.QuietHours, sep);
                break;
            default:
                Tokens(clause, sep);
                break;
        }
    }

    private void Step(StepSyntax step, Sep sep)
    {
        if (step.Label is { } label)
        {
            T(label.Name, sep);
            T(label.Colon, Sep.None);
            sep = Sep.Space;
        }

        switch (step)
        {
            case StageStepSyntax stage:
                T(stage.StageKeyword, sep);
                T(stage.Stage, Sep.Space);
                break;
            case SendStepSyntax send:
                T(send.SendKeyword, sep);
                T(send.Channel, Sep.Space);
                T(send.Template, Sep.Space);
                break;
            case WaitStepSyntax wait:
                T(wait.WaitKeyword, sep);
                Duration(wait.Duration, Sep.Space);
                break;
            case WaitUntilStepSyntax wait:
                T(wait.WaitKeyword, sep);
                T(wait.UntilKeyword, Sep.Space);
                T(wait.Time, Sep.Space);
                Opt(wait.LocalKeyword, Sep.Space);
                break;
            case WaitForStepSyntax wait:
                T(wait.WaitKeyword, sep);
                T(wait.ForKeyword, Sep.Space);
                T(wait.Event, Sep.Space);
                Where(wait.Where, 1 + FlatWidth([wait.UpKeyword, wait.ToKeyword, .. wait.Timeout.DescendantTokens()]) + (wait.Else is null ? 0 : " else {".Length));
                T(wait.UpKeyword, Sep.Space);
                T(wait.ToKeyword, Sep.Space);
                Duration(wait.Timeout, Sep.Space);
                if (wait.Else is { } otherwise)
                {
                    T(otherwise.ElseKeyword, Sep.Space, commentIndent: _p.Indent, breakIndent: _p.Indent);
                    Block(otherwise.Block);
                }

                break;
            case WaitArmsStepSyntax wait:
                T(wait.WaitKeyword, sep);
                T(wait.UpKeyword, Sep.Space);
                T(wait.ToKeyword, Sep.Space);
                Duration(wait.Timeout, Sep.Space);
                Body(wait.OpenBrace, wait.Arms, wait.CloseBrace, WaitArm);
                break;
            case IfStepSyntax branch:
                T(branch.IfKeyword, sep);
                Condition(branch.Condition, Sep.Space, " {".Length);
                Block(branch.Then);
                foreach (var elseIf in branch.ElseIfs)
                {
                    T(elseIf.ElseKeyword, Sep.Space, commentIndent: _p.Indent, breakIndent: _p.Indent);
                    T(elseIf.IfKeyword, Sep.Space);
                    Condition(elseIf.Condition, Sep.Space, " {".Length);
                    Block(elseIf.Block);
                }

                if (branch.Else is { } otherwise2)
                {
                    T(otherwise2.ElseKeyword, Sep.Space, commentIndent: _p.Indent, breakIndent: _p.Indent);
                    Block(otherwise2.Block);
                }

                break;
            case SplitStepSyntax split:
                T(split.SplitKeyword, sep);
                Body(split.OpenBrace, split.Arms, split.CloseBrace, (arm, armSep) =>
                {
                    T(arm.Name, armSep);
                    T(arm.Share, Sep.Space);
                    Block(arm.Block);
                });
                break;
            case ScoreStepSyntax score:
                T(score.ScoreKeyword, sep);
                T(score.Model, Sep.Space);
                SignedNumber(score.Points, Sep.Space);
                break;
            case SetStepSyntax set:
                T(set.SetKeyword, sep);
                T(set.ContactKeyword, Sep.Space);
                T(set.Dot, Sep.None);
                T(set.Field, Sep.None);
                T(set.EqualsToken, Sep.Space);
                Condition(set.Value, Sep.Space, 0);
                break;
            case ExitStepSyntax exit:
                T(exit.ExitKeyword, sep);
                break;
            default:
                Tokens(step, sep, skipLabel: true);
                break;
        }
    }

    private void WaitArm(WaitArmSyntax arm, Sep sep)
    {
        switch (arm)
        {
            case OnArmSyntax on:
                T(on.OnKeyword, sep);
                T(on.Event, Sep.Space);
                Where(on.Where, " {".Length);
                Block(on.Block);
                break;
            case TimeoutArmSyntax timeout:
                T(timeout.TimeoutKeyword, sep);
                Block(timeout.Block);
                break;
            default:
                Tokens(arm, sep);
                break;
        }
    }

    private void Block(BlockSyntax block) => Body(block.OpenBrace, block.Steps, block.CloseBrace, Step);

    // ───────────────────────────── shared shapes ─────────────────────────────

    /// <summary>`{` members one per line, indented; `}` on its own line; `{ }` when empty.</summary>
    private void Body<TItem>(SyntaxToken open, IReadOnlyList<TItem> items, SyntaxToken close, Action<TItem, Sep> item)
    {
        T(open, Sep.Space, breakIndent: _p.Indent);
        if (items.Count == 0 && !HasComments(close))
        {
            T(close, Sep.Space);
            return;
        }

        _p.Indent += IndentSize;
        for (var i = 0; i < items.Count; i++)
        {
            item(items[i], i == 0 ? Sep.Line : Sep.LineKeepBlank);
        }

        _p.Indent -= IndentSize;
        T(close, Sep.Close, commentIndent: _p.Indent + IndentSize);
    }

    /// <summary>`{ a: text, b: int }` on one line (events and enums written that way).</summary>
    private void OneLineBody<TItem>(SyntaxToken open, IReadOnlyList<TItem> items, SyntaxToken close, Action<TItem, Sep> item)
    {
        T(open, Sep.Space);
        foreach (var one in items)
        {
            item(one, Sep.Space);
        }

        T(close, Sep.Space);
    }

    private void Duration(DurationSyntax duration, Sep sep)
    {
        T(duration.Amount, sep);
        T(duration.Unit, Sep.Space);
    }

    private void Where(WhereClauseSyntax? where, int suffixWidth)
    {
        if (where is null)
        {
            return;
        }

        T(where.WhereKeyword, Sep.Space);
        Condition(where.Condition, Sep.Space, suffixWidth);
    }

    /// <summary>An expression; when the line would pass <see cref="JourneyFormatter.LineWidth"/>, broken before its `or`s (then `and`s).</summary>
    private void Condition(ExpressionSyntax expression, Sep sep, int suffixWidth)
    {
        var items = ExpressionItems.Build(expression, sep, breaks: null);
        var start = _p.Column;
        if (start + ExpressionItems.Width(items) + suffixWidth > JourneyFormatter.LineWidth)
        {
            var breaks = ExpressionItems.ChooseBreaks(expression, _p.Indent, JourneyFormatter.LineWidth);
            if (breaks.Count > 0)
            {
                items = ExpressionItems.Build(expression, sep, breaks);
            }
        }

        foreach (var item in items)
        {
            _p.Token(item.Token, item.Sep, level: item.Level);
        }
    }

    private void Tokens(SyntaxNode node, Sep sep, bool skipLabel = false)
    {
        var first = true;
        foreach (var token in node.DescendantTokens())
        {
            if (skipLabel && node is StepSyntax { Label: { } label } && (token == label.Name || token == label.Colon))
            {
                continue;
            }

            T(token, first ? sep : Sep.Space);
            first = false;
        }
    }

    private void T(SyntaxToken token, Sep sep, int extraSpaces = 0, int? commentIndent = null, int? breakIndent = null) =>
        _p.Token(token, sep, extraSpaces, commentIndent, breakIndent);

    private void Opt(SyntaxToken? token, Sep sep)
    {
        if (token is not null)
        {
            T(token, sep);
        }
    }

    // ───────────────────────────── decisions ─────────────────────────────

    /// <summary>Events and enums written on one line stay on one line when they fit and hold no comment.</summary>
    private static bool KeepsOneLine(SyntaxNode declaration)
    {
        var tokens = declaration.DescendantTokens().ToList();
        if (tokens.Skip(1).Any(t => t.LeadingTrivia.Any(trivia => trivia.IsComment)))
        {
            return false;
        }

        var open = tokens.FindIndex(t => t.Kind == TokenKind.Lbrace);
        var empty = tokens.Count - open <= 2;
        var writtenOnOneLine = tokens.Skip(open + 1).All(t => t.LeadingTrivia.All(trivia => trivia.Kind != TriviaKind.Newline));
        return (empty || writtenOnOneLine) && OneLineWidth(declaration) <= JourneyFormatter.LineWidth;
    }

    private static bool IsOneLiner(DeclarationSyntax declaration) => declaration switch
    {
        EventDeclarationSyntax or EnumDeclarationSyntax => KeepsOneLine(declaration),
        SegmentDeclarationSyntax segment => !segment.DescendantTokens().Skip(1).Any(HasComments)
            && segment.SegmentKeyword.Text.Length + 1 + segment.Name.Text.Length + 2
                + ExpressionItems.Width(ExpressionItems.Build(segment.Condition, Sep.Space, null)) <= JourneyFormatter.LineWidth,
        _ => false,
    };

    private static int OneLineWidth(SyntaxNode declaration)
    {
        var text = new Layout();
        text._p.Indent = 0;
        switch (declaration)
        {
            case EventDeclarationSyntax e:
                text.T(e.EventKeyword, Sep.Line);
                text.T(e.Name, Sep.Space);
                text.OneLineBody(e.OpenBrace, e.Fields, e.CloseBrace, text.Field);
                break;
            case EnumDeclarationSyntax e:
                text.T(e.EnumKeyword, Sep.Line);
                text.T(e.Name, Sep.Space);
                text.OneLineBody(e.OpenBrace, e.Members, e.CloseBrace, text.EnumMember);
                break;
            default:
                return FlatWidth(declaration.DescendantTokens());
        }

        return text._p.Render().TrimEnd('\n').Length;
    }

    private static bool HasComments(SyntaxToken token) => token.LeadingTrivia.Any(trivia => trivia.IsComment);

    /// <summary>Token texts joined by single spaces (for cells made of words: stage attributes, points, durations).</summary>
    private static int FlatWidth(IEnumerable<SyntaxToken> tokens)
    {
        var width = 0;
        var count = 0;
        foreach (var token in tokens)
        {
            width += token.Text.Length;
            count++;
        }

        return width + Math.Max(0, count - 1) - (tokens.FirstOrDefault()?.Kind is TokenKind.Plus or TokenKind.Minus && count == 2 ? 1 : 0);
    }
}
