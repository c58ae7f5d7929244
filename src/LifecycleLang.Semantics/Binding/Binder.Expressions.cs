using System.Collections.Immutable;
using System.Globalization;
using LifecycleLang.Semantics.Checking;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Semantics.Binding;

/// <summary>
/// Expressions (language.md §4). Binding is top-down with an expected type, which is how bare enum
/// members, template names, `[]` and date/date-time strings get their meaning from where they are used.
/// Narrowed fields flow in as a parameter; and/or/not extend it for their right operands.
/// </summary>
internal sealed partial class Binder
{
    /// <summary>A condition written directly in a clause, rule or step: also remembers its scope for <see cref="SemanticModel.ScopeAt"/>.</summary>
    private BoundExpression BindRootCondition(ExpressionSyntax syntax, Narrowing? narrowed)
    {
        RecordScope(syntax);
        return BindCondition(syntax, narrowed);
    }

    private BoundExpression BindCondition(ExpressionSyntax syntax, Narrowing? narrowed)
    {
        var bound = Bind(syntax, LifecycleType.Bool, narrowed);
        if (bound.Type.IsError)
        {
            return bound;
        }

        if (bound.Type.Kind != TypeKind.Bool)
        {
            Report(DiagnosticCatalog.ConditionNotBool, syntax.Span, Describe(bound.Type));
        }
        else if (bound.Type.IsOptional)
        {
            ReportOptional(bound, inArithmetic: false);
        }

        return bound;
    }

    private BoundExpression Bind(ExpressionSyntax syntax, LifecycleType? expected, Narrowing? narrowed)
    {
        var bound = BindCore(syntax, expected, narrowed);
        _expressions[syntax] = bound;
        return bound;
    }

    private BoundExpression BindCore(ExpressionSyntax syntax, LifecycleType? expected, Narrowing? narrowed)
    {
        switch (syntax)
        {
            case ParenthesizedExpressionSyntax p:
                return Bind(p.Expression, expected, narrowed);
            case LiteralExpressionSyntax literal:
                return BindLiteral(literal, expected);
            case DurationExpressionSyntax d:
                return new BoundLiteral(syntax, LifecycleType.Duration, ReadDuration(d.Duration));
            case ClockExpressionSyntax clock:
                return clock.Keyword.Kind == TokenKind.Today
                    ? new BoundClock(syntax, LifecycleType.Date, ClockKind.Today)
                    : new BoundClock(syntax, LifecycleType.DateTime, ClockKind.Now);
            case ContactExpressionSyntax:
                Report(DiagnosticCatalog.NotAValue, syntax.Span, "'contact' alone is not a value; write contact.FIELD to read a field, or 'contact in SEGMENT'");
                return new BoundErrorExpression(syntax);
            case EventExpressionSyntax:
                if (_scope.Event is null)
                {
                    Report(DiagnosticCatalog.EventNotInScope, syntax.Span, "'event' is not available here: " + _scope.NoEventReason);
                }
                else
                {
                    Report(DiagnosticCatalog.NotAValue, syntax.Span, "'event' alone is not a value; write event.FIELD");
                }

                return new BoundErrorExpression(syntax);
            case MemberAccessExpressionSyntax member:
                return BindMemberAccess(member, narrowed);
            case NameExpressionSyntax name:
                return BindName(name, expected, narrowed);
            case ScoreExpressionSyntax score:
                return BindScoreValue(score);
            case CountExpressionSyntax count:
                return BindCount(count);
            case ListExpressionSyntax list:
                return BindList(list, expected, narrowed);
            case UnaryExpressionSyntax unary:
                return BindUnary(unary, narrowed);
            case BinaryExpressionSyntax binary:
                return BindBinary(binary, expected, narrowed);
            case InExpressionSyntax @in:
                return BindIn(@in, narrowed);
            case IsSetExpressionSyntax isSet:
                var operand = Bind(isSet.Operand, null, narrowed);
                return new BoundIsSet(syntax, LifecycleType.Bool, operand, isSet.NotKeyword is not null);
            default:
                return new BoundErrorExpression(syntax);
        }
    }

    // ------------------------------------------------------------------ literals

    private BoundExpression BindLiteral(LiteralExpressionSyntax syntax, LifecycleType? expected)
    {
        var token = syntax.Token;
        if (IsMissing(token))
        {
            return new BoundErrorExpression(syntax);
        }

        switch (token.Kind)
        {
            case TokenKind.String or TokenKind.TripleString or TokenKind.UnterminatedString or TokenKind.UnterminatedTripleString:
                return BindStringLiteral(syntax, StringValue(token), expected);
            case TokenKind.Number:
                var value = ParseNumber(token.Text);
                return new BoundLiteral(syntax, token.Text.Contains('.', StringComparison.Ordinal) ? LifecycleType.Number : LifecycleType.Int, value);
            case TokenKind.True:
                return new BoundLiteral(syntax, LifecycleType.Bool, true);
            case TokenKind.False:
                return new BoundLiteral(syntax, LifecycleType.Bool, false);
            case TokenKind.Percent:
                Report(DiagnosticCatalog.NotAValue, token.Span, $"a percentage like {token.Text} is only used in 'split' and 'holdout'; in an expression write a number");
                return new BoundErrorExpression(syntax);
            case TokenKind.TimeOfDay:
                Report(DiagnosticCatalog.NotAValue, token.Span, $"a time of day like {token.Text} is only used in 'wait until' and 'quiet hours'; compare date-times with a string like \"2026-11-27T{token.Text}\"");
                return new BoundErrorExpression(syntax);
            default:
                return new BoundErrorExpression(syntax);
        }
    }

    /// <summary>A string is a date, date-time, email, phone or time zone where one is expected; it is checked here (language.md §2, §4).</summary>
    private BoundExpression BindStringLiteral(LiteralExpressionSyntax syntax, string value, LifecycleType? expected)
    {
        var span = syntax.Token.Span;
        switch (expected?.Kind)
        {
            case TypeKind.Date:
                if (LiteralValidator.TryParseDate(value, out var date))
                {
                    return new BoundLiteral(syntax, LifecycleType.Date, date);
                }

                Report(DiagnosticCatalog.InvalidDate, span, value);
                return new BoundLiteral(syntax, LifecycleType.Date, null);
            case TypeKind.DateTime:
                if (LiteralValidator.TryParseDateTime(value, out var dateTime))
                {
                    return new BoundLiteral(syntax, LifecycleType.DateTime, dateTime);
                }

                Report(DiagnosticCatalog.InvalidDateTime, span, value);
                return new BoundLiteral(syntax, LifecycleType.DateTime, null);
            case TypeKind.Email:
                if (!LiteralValidator.IsEmail(value))
                {
                    Report(DiagnosticCatalog.InvalidEmailLiteral, span, value);
                }

                return new BoundLiteral(syntax, LifecycleType.Email, value);
            case TypeKind.Phone:
                if (!LiteralValidator.IsPhone(value))
                {
                    Report(DiagnosticCatalog.InvalidPhoneLiteral, span, value);
                }

                return new BoundLiteral(syntax, LifecycleType.Phone, value);
            case TypeKind.TimeZone:
                ValidateTimeZone(value, syntax.Token);
                return new BoundLiteral(syntax, LifecycleType.TimeZone, value);
            default:
                return new BoundLiteral(syntax, LifecycleType.Text, value);
        }
    }

    private void ValidateTimeZone(string value, SyntaxToken token)
    {
        if (LiteralValidator.IsTimeZone(value))
        {
            return;
        }

        var suggestion = LiteralValidator.SuggestTimeZone(value);
        Report(
            DiagnosticCatalog.InvalidTimeZone,
            token.Span,
            suggestion is null ? null : ReplaceFix($"Change to \"{suggestion}\"", token.Span, StringLiterals.Quote(suggestion)),
            value,
            suggestion is null ? "; write a name like \"Europe/Berlin\" or \"America/New_York\"" : $" (did you mean \"{suggestion}\"?)");
    }

    // ------------------------------------------------------------------ names and members

    private BoundExpression BindMemberAccess(MemberAccessExpressionSyntax syntax, Narrowing? narrowed)
    {
        if (IsMissing(syntax.Member))
        {
            if (syntax.Target is not (ContactExpressionSyntax or EventExpressionSyntax))
            {
                Bind(syntax.Target, null, narrowed);
            }

            return new BoundErrorExpression(syntax);
        }

        switch (syntax.Target)
        {
            case ContactExpressionSyntax:
                return BindContactField(syntax, syntax.Member, narrowed);
            case EventExpressionSyntax:
                return BindEventField(syntax, syntax.Member, narrowed, isBare: false);
            case NameExpressionSyntax name when !IsBareEventField(name.Name.Text) && _symbols.GetEnum(name.Name.Text) is { } e:
                AddReference(e, name.Name);
                _expressions[name] = new BoundErrorExpression(name);
                if (e.GetMember(syntax.Member.Text) is { } member)
                {
                    AddReference(member, syntax.Member);
                    return new BoundEnumMember(syntax, LifecycleType.EnumOf(e), member);
                }

                var suggestion = NameSuggester.Suggest(syntax.Member.Text, e.Members.Select(m => m.Name));
                Report(DiagnosticCatalog.UnknownEnumMember, syntax.Member.Span, SuggestionFix(syntax.Member, suggestion), e.Name, syntax.Member.Text, NameSuggester.Hint(suggestion));
                return new BoundErrorExpression(syntax);
            default:
                var target = Bind(syntax.Target, null, narrowed);
                if (!target.Type.IsError)
                {
                    Report(DiagnosticCatalog.NoMembers, syntax.Dot.Span.Start == 0 ? syntax.Span : TextSpan.FromBounds(syntax.Dot.Span.Start, syntax.Member.Span.End),
                        $"'{syntax.Target}' ({Describe(target.Type)})", syntax.Member.Text);
                }

                return new BoundErrorExpression(syntax);
        }
    }

    private bool IsBareEventField(string name) => _scope.BareFields && _scope.Event?.GetField(name) is not null;

    private BoundExpression BindContactField(ExpressionSyntax syntax, SyntaxToken member, Narrowing? narrowed)
    {
        var field = _symbols.Contact.GetField(member.Text);
        if (field is not null)
        {
            AddReference(field, member);
        }

        if (!_scope.ContactAllowed)
        {
            Report(DiagnosticCatalog.ContactInCountFilter, syntax.Span, "event " + _scope.Event?.Name, "contact." + member.Text);
            return new BoundErrorExpression(syntax);
        }

        if (field is null)
        {
            var suggestion = NameSuggester.Suggest(member.Text, _symbols.Contact.Fields.Select(f => f.Name));
            Report(DiagnosticCatalog.UnknownField, member.Span, SuggestionFix(member, suggestion), "the contact", member.Text, NameSuggester.Hint(suggestion));
            return new BoundErrorExpression(syntax);
        }

        return new BoundFieldAccess(syntax, Narrowing.Contains(narrowed, field) ? field.Type.NonOptional() : field.Type, field, IsBare: false);
    }

    private BoundExpression BindEventField(ExpressionSyntax syntax, SyntaxToken member, Narrowing? narrowed, bool isBare)
    {
        var e = _scope.Event;
        if (e is null)
        {
            Report(DiagnosticCatalog.EventNotInScope, syntax.Span, $"event.{member.Text} cannot be used here: {_scope.NoEventReason}");
            return new BoundErrorExpression(syntax);
        }

        var field = e.GetField(member.Text);
        if (field is null)
        {
            var suggestion = NameSuggester.Suggest(member.Text, e.Fields.Select(f => f.Name));
            Report(DiagnosticCatalog.UnknownField, member.Span, SuggestionFix(member, suggestion), "event " + e.Name, member.Text, NameSuggester.Hint(suggestion));
            return new BoundErrorExpression(syntax);
        }

        AddReference(field, member);
        return new BoundFieldAccess(syntax, Narrowing.Contains(narrowed, field) ? field.Type.NonOptional() : field.Type, field, isBare);
    }

    private BoundExpression BindName(NameExpressionSyntax syntax, LifecycleType? expected, Narrowing? narrowed)
    {
        var token = syntax.Name;
        if (IsMissing(token))
        {
            return new BoundErrorExpression(syntax);
        }

        var name = token.Text;
        if (IsBareEventField(name))
        {
            var bound = BindEventField(syntax, token, narrowed, isBare: true);
            WarnIfFieldHidesMember(syntax, bound, expected);
            return bound;
        }

        if (expected is { Kind: TypeKind.Enum, Enum: { } expectedEnum })
        {
            if (expectedEnum.GetMember(name) is { } member)
            {
                AddReference(member, token);
                return new BoundEnumMember(syntax, LifecycleType.EnumOf(expectedEnum), member);
            }

            if (_symbols.GetSegment(name) is null && _symbols.GetTemplate(name) is null && _symbols.GetEnum(name) is null && _scope.Event?.GetField(name) is null)
            {
                var suggestion = NameSuggester.Suggest(name, expectedEnum.Members.Select(m => m.Name));
                var hint = NameSuggester.Hint(suggestion);
                if (suggestion is null && OtherEnumWithMember(name) is { } other)
                {
                    hint = $" ('{name}' is a member of {other.Name})";
                }

                Report(DiagnosticCatalog.UnknownEnumMember, token.Span, SuggestionFix(token, suggestion), expectedEnum.Name, name, hint);
                return new BoundErrorExpression(syntax);
            }
        }

        if (expected is { Kind: TypeKind.Template })
        {
            if (_symbols.GetTemplate(name) is { } template)
            {
                AddReference(template, token);
                MarkUsed(template);
                return new BoundTemplateReference(syntax, LifecycleType.Template, template);
            }

            var suggestion = NameSuggester.Suggest(name, _symbols.Templates.Select(t => t.Name));
            Report(DiagnosticCatalog.UnknownTemplate, token.Span, SuggestionFix(token, suggestion), name, NameSuggester.Hint(suggestion));
            return new BoundErrorExpression(syntax);
        }

        return BindUnexpectedName(syntax, token, expected);
    }

    private EnumSymbol? OtherEnumWithMember(string name)
    {
        if (!_allEnumMembers.Contains(name) && _symbols.Channel.GetMember(name) is null)
        {
            return null;
        }

        foreach (var e in _symbols.Enums)
        {
            if (e.GetMember(name) is not null)
            {
                return e;
            }
        }

        return null;
    }

    private EventSymbol? EventWithField(string name)
    {
        foreach (var e in _symbols.Events)
        {
            if (e.GetField(name) is not null)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>A bare name where no enum or template is expected: say what it is and how to write it here.</summary>
    private BoundExpression BindUnexpectedName(NameExpressionSyntax syntax, SyntaxToken token, LifecycleType? expected)
    {
        var name = token.Text;
        if (_scope.Event?.GetField(name) is { } eventField)
        {
            Report(DiagnosticCatalog.BareEventFieldOutsideWhere, token.Span, ReplaceFix($"Write event.{name}", token.Span, "event." + name), name);
            AddReference(eventField, token);
            return new BoundFieldAccess(syntax, eventField.Type, eventField, IsBare: true);
        }

        if (OtherEnumWithMember(name) is { } e)
        {
            var member = e.GetMember(name)!;
            AddReference(member, token);
            if (expected is not null)
            {
                // Another type is expected here: the caller reports the mismatch, which is the real problem.
                return new BoundEnumMember(syntax, LifecycleType.EnumOf(e), member);
            }

            Report(DiagnosticCatalog.EnumMemberNeedsQualifier, token.Span, ReplaceFix($"Write {e.Name}.{name}", token.Span, $"{e.Name}.{name}"), name, e.Name);
            return new BoundEnumMember(syntax, LifecycleType.EnumOf(e), member);
        }

        if (_symbols.GetSegment(name) is { } segment)
        {
            AddReference(segment, token);
            MarkUsed(segment);
            Report(DiagnosticCatalog.NotAValue, token.Span, ReplaceFix($"Write contact in {name}", token.Span, "contact in " + name),
                $"{name} is a segment; test membership with 'contact in {name}'");
            return new BoundErrorExpression(syntax);
        }

        if (_symbols.GetTemplate(name) is { } template)
        {
            AddReference(template, token);
            MarkUsed(template);
            Report(DiagnosticCatalog.NotAValue, token.Span,
                $"{name} is a template; a template name is a value only where it is compared with a template field, e.g. 'where template == {name}'");
            return new BoundErrorExpression(syntax);
        }

        if (_symbols.GetEnum(name) is { } enumType)
        {
            AddReference(enumType, token);
            var example = enumType.Members.Length > 0 ? enumType.Members[0].Name : "Member";
            Report(DiagnosticCatalog.NotAValue, token.Span, $"{name} is an enum, not a value; write one of its members, e.g. {name}.{example}");
            return new BoundErrorExpression(syntax);
        }

        if (_scope.ContactAllowed && _symbols.Contact.GetField(name) is { } contactField)
        {
            Report(DiagnosticCatalog.UnknownName, token.Span, ReplaceFix($"Write contact.{name}", token.Span, "contact." + name), name, $" (did you mean 'contact.{name}'?)");
            AddReference(contactField, token);
            return new BoundErrorExpression(syntax);
        }

        if (EventWithField(name) is { } declaring && !ReferenceEquals(declaring, _scope.Event))
        {
            // A field of some event, where that event is not in scope (language.md §4).
            var why = _scope.Event is { } inScope ? $"the event in scope here is {inScope.Name}" : _scope.NoEventReason;
            Report(DiagnosticCatalog.EventNotInScope, token.Span, $"'{name}' is a field of event {declaring.Name}, which is not in scope here: {why}");
            return new BoundErrorExpression(syntax);
        }

        var candidates = new List<string>(_allEnumMembers);
        if (_scope.BareFields && _scope.Event is { } scopeEvent)
        {
            candidates.AddRange(scopeEvent.Fields.Select(f => f.Name));
        }

        var suggestion = NameSuggester.Suggest(name, candidates);
        if (suggestion is not null && !IsBareEventField(suggestion) && OtherEnumWithMember(suggestion) is { } owner)
        {
            // A close enum member: suggest it qualified, the way it must be written here.
            suggestion = $"{owner.Name}.{suggestion}";
        }

        if (suggestion is null && _scope.ContactAllowed && NameSuggester.Suggest(name, _symbols.Contact.Fields.Select(f => f.Name)) is { } field)
        {
            suggestion = "contact." + field;
        }

        Report(DiagnosticCatalog.UnknownName, token.Span, SuggestionFix(token, suggestion), name, NameSuggester.Hint(suggestion));
        return new BoundErrorExpression(syntax);
    }

    /// <summary>language.md §4: where a bare name could be an event field and an enum member, the field wins — and we say so.</summary>
    private void WarnIfFieldHidesMember(ExpressionSyntax syntax, BoundExpression bound, LifecycleType? otherType)
    {
        if (syntax is NameExpressionSyntax name && bound is BoundFieldAccess { IsBare: true } field
            && otherType is { Kind: TypeKind.Enum, Enum: { } e } && e.GetMember(name.Name.Text) is not null)
        {
            Report(DiagnosticCatalog.FieldShadowsEnumMember, name.Name.Span,
                ReplaceFix($"Write {e.Name}.{name.Name.Text}", name.Name.Span, $"{e.Name}.{name.Name.Text}"),
                name.Name.Text, ((EventSymbol)field.Field.Container).Name, e.Name);
        }
    }

    private BoundExpression BindScoreValue(ScoreExpressionSyntax syntax)
    {
        if (IsMissing(syntax.Model))
        {
            return new BoundErrorExpression(syntax);
        }

        var model = LookUpScoreModel(syntax.Model);
        if (!_scope.ContactAllowed)
        {
            Report(DiagnosticCatalog.ContactInCountFilter, syntax.Span, "event " + _scope.Event?.Name, "the contact's score " + syntax.Model.Text);
        }

        return new BoundScoreValue(syntax, LifecycleType.Number, model);
    }

    private ScoreModelSymbol? LookUpScoreModel(SyntaxToken token)
    {
        if (_symbols.GetScoreModel(token.Text) is { } model)
        {
            AddReference(model, token);
            MarkUsed(model);
            AddDependency(model, token);
            return model;
        }

        var suggestion = NameSuggester.Suggest(token.Text, _symbols.ScoreModels.Select(m => m.Name));
        Report(DiagnosticCatalog.UnknownScoreModel, token.Span, SuggestionFix(token, suggestion), token.Text, NameSuggester.Hint(suggestion));
        return null;
    }

    private EventSymbol? LookUpEvent(SyntaxToken token)
    {
        if (IsMissing(token))
        {
            return null;
        }

        if (_symbols.GetEvent(token.Text) is { } e)
        {
            AddReference(e, token);
            MarkUsed(e);
            return e;
        }

        var suggestion = NameSuggester.Suggest(token.Text, _symbols.Events.Select(x => x.Name));
        Report(DiagnosticCatalog.UnknownEvent, token.Span, SuggestionFix(token, suggestion), token.Text, NameSuggester.Hint(suggestion));
        return null;
    }

    private BoundExpression BindCount(CountExpressionSyntax syntax)
    {
        var e = LookUpEvent(syntax.Event);
        TimeSpan? within = syntax.Within is { } w ? ReadDuration(w.Duration) : null;
        BoundExpression? where = null;
        if (syntax.Where is { } clause && e is not null)
        {
            // The filter runs over the event history: it sees only the counted event, never the contact (language.md §4).
            var saved = _scope;
            _scope = new Scope(e, BareFields: true, ContactAllowed: false, string.Empty);
            where = BindRootCondition(clause.Condition, null);
            _scope = saved;
        }

        return new BoundCount(syntax, LifecycleType.Int, e, where, within);
    }

    // ------------------------------------------------------------------ lists

    private BoundExpression BindList(ListExpressionSyntax syntax, LifecycleType? expected, Narrowing? narrowed)
    {
        var items = syntax.Items;
        var element = expected is { Kind: TypeKind.List, Element: { } e } ? e.NonOptional() : null;
        var bound = new BoundExpression?[items.Length];
        if (element is null)
        {
            // No type from outside: the first item whose meaning does not depend on context gives it.
            for (var i = 0; i < items.Length; i++)
            {
                if (!IsContextDependent(items[i].Value))
                {
                    bound[i] = Bind(items[i].Value, null, narrowed);
                    element = bound[i]!.Type.NonOptional();
                    break;
                }
            }

            if (element is null && items.Length > 0)
            {
                bound[0] = Bind(items[0].Value, null, narrowed);
                element = bound[0]!.Type.NonOptional();
            }
        }

        var result = ImmutableArray.CreateBuilder<BoundExpression>(items.Length);
        var widened = element;
        for (var i = 0; i < items.Length; i++)
        {
            var item = bound[i] ?? Bind(items[i].Value, element, narrowed);
            result.Add(item);
            if (item.Type.IsError || element is null || element.IsError)
            {
                continue;
            }

            if (item.Type.IsOptional)
            {
                ReportOptional(item, inArithmetic: false);
            }

            if (IsAssignable(item.Type.NonOptional(), element))
            {
                continue;
            }

            if (expected is null && item.Type.IsNumeric && element.IsNumeric)
            {
                widened = LifecycleType.Number; // [1, 2.5] is a list of numbers
                continue;
            }

            Report(DiagnosticCatalog.ListItemMismatch, items[i].Value.Span, Describe(element), Describe(item.Type.NonOptional()));
        }

        var type = widened is null ? LifecycleType.EmptyList : (widened.IsError ? LifecycleType.Error : LifecycleType.ListOf(widened));
        return new BoundList(syntax, type, result.MoveToImmutable());
    }

    /// <summary>
    /// True when an operand takes its meaning from the other side (a bare name that is not an event
    /// field, a string that may be a date, a list of such): the other side is bound first.
    /// </summary>
    private bool IsContextDependent(ExpressionSyntax syntax) => syntax switch
    {
        ParenthesizedExpressionSyntax p => IsContextDependent(p.Expression),
        NameExpressionSyntax n => !IsBareEventField(n.Name.Text),
        LiteralExpressionSyntax l => TokenFacts.IsStringLiteral(l.Token.Kind),
        ListExpressionSyntax list => list.Items.All(i => IsContextDependent(i.Value)),
        _ => false,
    };

    // ------------------------------------------------------------------ operators

    private BoundExpression BindUnary(UnaryExpressionSyntax syntax, Narrowing? narrowed)
    {
        if (syntax.Operator.Kind == TokenKind.Not)
        {
            var condition = BindCondition(syntax.Operand, narrowed);
            return new BoundUnary(syntax, LifecycleType.Bool, UnaryOperator.Not, condition);
        }

        var operand = Bind(syntax.Operand, null, narrowed);
        if (operand.Type.IsError)
        {
            return new BoundUnary(syntax, LifecycleType.Error, UnaryOperator.Negate, operand);
        }

        var type = RequireValue(operand, inArithmetic: true);
        if (!type.IsNumeric && type.Kind != TypeKind.Duration)
        {
            Report(DiagnosticCatalog.OperatorNotApplicable, syntax.Span, "-", "a number", Describe(type));
            return new BoundUnary(syntax, LifecycleType.Error, UnaryOperator.Negate, operand);
        }

        return new BoundUnary(syntax, type, UnaryOperator.Negate, operand);
    }

    private BoundExpression BindBinary(BinaryExpressionSyntax syntax, LifecycleType? expected, Narrowing? narrowed)
    {
        var op = syntax.Operator;
        switch (op.Kind)
        {
            case TokenKind.And or TokenKind.Or:
            {
                var isAnd = op.Kind == TokenKind.And;
                var left = BindCondition(syntax.Left, narrowed);
                // `x is set and …` / `x is not set or …`: the right side runs only when the left allows it.
                var right = BindCondition(syntax.Right, Narrowing.Union(narrowed, Facts(left, whenTrue: isAnd)));
                return new BoundBinary(syntax, LifecycleType.Bool, isAnd ? BinaryOperator.And : BinaryOperator.Or, left, right);
            }

            case TokenKind.EqualsEquals or TokenKind.BangEquals when IsChained(syntax):
            case TokenKind.Less or TokenKind.LessEquals or TokenKind.Greater or TokenKind.GreaterEquals when IsChained(syntax):
            {
                // `a == b == c`: the syntax layer already said comparisons do not chain; no type errors on top.
                var left = Bind(syntax.Left, null, narrowed);
                var right = Bind(syntax.Right, null, narrowed);
                return new BoundBinary(syntax, LifecycleType.Bool, ComparisonOperator(op.Kind), left, right);
            }

            case TokenKind.EqualsEquals or TokenKind.BangEquals:
            {
                var (left, right) = BindPair(syntax.Left, syntax.Right, narrowed);
                CheckEquatable(syntax, op.Text, left, right);
                return new BoundBinary(syntax, LifecycleType.Bool, op.Kind == TokenKind.EqualsEquals ? BinaryOperator.Equal : BinaryOperator.NotEqual, left, right);
            }

            case TokenKind.Less or TokenKind.LessEquals or TokenKind.Greater or TokenKind.GreaterEquals:
            {
                var (left, right) = BindPair(syntax.Left, syntax.Right, narrowed);
                CheckOrderable(syntax, op.Text, left, right);
                return new BoundBinary(syntax, LifecycleType.Bool, ComparisonOperator(op.Kind), left, right);
            }

            case TokenKind.Contains:
                return BindContains(syntax, narrowed);

            case TokenKind.StartsWith or TokenKind.EndsWith:
            {
                var left = Bind(syntax.Left, null, narrowed);
                var right = Bind(syntax.Right, LifecycleType.Text, narrowed);
                foreach (var operand in (ReadOnlySpan<BoundExpression>)[left, right])
                {
                    if (operand.Type.IsError)
                    {
                        continue;
                    }

                    var type = RequireValue(operand, inArithmetic: false);
                    if (!type.IsTextLike)
                    {
                        Report(DiagnosticCatalog.OperatorNotApplicable, operand.Syntax.Span, op.Text, "text", Describe(type));
                    }
                }

                return new BoundBinary(syntax, LifecycleType.Bool, op.Kind == TokenKind.StartsWith ? BinaryOperator.StartsWith : BinaryOperator.EndsWith, left, right);
            }

            case TokenKind.QuestionQuestion:
                return BindCoalesce(syntax, expected, narrowed);

            case TokenKind.Plus or TokenKind.Minus or TokenKind.Star or TokenKind.Slash:
                return BindArithmetic(syntax, narrowed);

            default:
                Bind(syntax.Left, null, narrowed);
                Bind(syntax.Right, null, narrowed);
                return new BoundErrorExpression(syntax);
        }
    }

    private static BinaryOperator ComparisonOperator(TokenKind kind) => kind switch
    {
        TokenKind.EqualsEquals => BinaryOperator.Equal,
        TokenKind.BangEquals => BinaryOperator.NotEqual,
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.LessEquals => BinaryOperator.LessOrEqual,
        TokenKind.Greater => BinaryOperator.Greater,
        _ => BinaryOperator.GreaterOrEqual,
    };

    private static bool IsChained(BinaryExpressionSyntax syntax) =>
        syntax.Left is InExpressionSyntax or IsSetExpressionSyntax
        || syntax.Left is BinaryExpressionSyntax { Operator.Kind: TokenKind.EqualsEquals or TokenKind.BangEquals or TokenKind.Less or TokenKind.LessEquals
            or TokenKind.Greater or TokenKind.GreaterEquals or TokenKind.Contains or TokenKind.StartsWith or TokenKind.EndsWith };

    /// <summary>Binds two operands so that each can give the other its expected type (`role == DecisionMaker`, `"2026-01-01" < contact.since`).</summary>
    private (BoundExpression Left, BoundExpression Right) BindPair(ExpressionSyntax leftSyntax, ExpressionSyntax rightSyntax, Narrowing? narrowed)
    {
        if (IsContextDependent(leftSyntax) && !IsContextDependent(rightSyntax))
        {
            var right = Bind(rightSyntax, null, narrowed);
            var left = Bind(leftSyntax, Expect(right.Type), narrowed);
            WarnIfFieldHidesMember(rightSyntax, right, left.Type);
            return (left, right);
        }
        else
        {
            var left = Bind(leftSyntax, null, narrowed);
            var right = Bind(rightSyntax, Expect(left.Type), narrowed);
            WarnIfFieldHidesMember(leftSyntax, left, right.Type);
            return (left, right);
        }
    }

    private static LifecycleType? Expect(LifecycleType type) => type.IsError ? null : type.NonOptional();

    private BoundExpression BindContains(BinaryExpressionSyntax syntax, Narrowing? narrowed)
    {
        var left = Bind(syntax.Left, null, narrowed);
        LifecycleType? expectedRight = null;
        var leftType = left.Type.IsError ? LifecycleType.Error : RequireValue(left, inArithmetic: false);
        if (leftType.Kind == TypeKind.List)
        {
            expectedRight = leftType.Element;
        }
        else if (leftType.IsTextLike)
        {
            expectedRight = LifecycleType.Text;
        }

        var right = Bind(syntax.Right, expectedRight, narrowed);
        if (!leftType.IsError && !right.Type.IsError)
        {
            var rightType = RequireValue(right, inArithmetic: false);
            if (leftType.Kind == TypeKind.List)
            {
                if (leftType.Element is { } element && !AreEquatable(element, rightType))
                {
                    Report(DiagnosticCatalog.IncompatibleOperands, syntax.Span, "contains", Describe(leftType), Describe(rightType), $" (the list holds {Describe(element)})");
                }
            }
            else if (leftType.IsTextLike)
            {
                if (!rightType.IsTextLike)
                {
                    Report(DiagnosticCatalog.OperatorNotApplicable, syntax.Right.Span, "contains", "text on both sides (or a list on the left)", Describe(rightType));
                }
            }
            else
            {
                Report(DiagnosticCatalog.OperatorNotApplicable, syntax.Left.Span, "contains", "a list or text on the left", Describe(leftType));
            }
        }

        return new BoundBinary(syntax, LifecycleType.Bool, BinaryOperator.Contains, left, right);
    }

    private BoundExpression BindCoalesce(BinaryExpressionSyntax syntax, LifecycleType? expected, Narrowing? narrowed)
    {
        var left = Bind(syntax.Left, expected, narrowed);
        // The default is read like the left side, except that a text default of an email/phone/timezone is
        // plain text unless the whole expression must be one (`contact.email ?? "none"` is text).
        var rightExpected = left.Type.IsError ? expected
            : left.Type.IsTextLike && left.Type.Kind != TypeKind.Text && expected is not { Kind: TypeKind.Email or TypeKind.Phone or TypeKind.TimeZone } ? LifecycleType.Text
            : left.Type.NonOptional();
        var right = Bind(syntax.Right, rightExpected, narrowed);
        if (left.Type.IsError || right.Type.IsError)
        {
            return new BoundBinary(syntax, left.Type.IsError ? right.Type : left.Type.NonOptional(), BinaryOperator.Coalesce, left, right);
        }

        var leftType = left.Type.NonOptional();
        var rightType = right.Type.NonOptional();
        LifecycleType result;
        if (leftType.IsNumeric && rightType.IsNumeric)
        {
            result = leftType.Kind == TypeKind.Int && rightType.Kind == TypeKind.Int ? LifecycleType.Int : LifecycleType.Number;
        }
        else if (IsAssignable(rightType, leftType))
        {
            result = leftType;
        }
        else if (leftType.IsTextLike && rightType.IsTextLike)
        {
            result = LifecycleType.Text;
        }
        else
        {
            Report(DiagnosticCatalog.IncompatibleOperands, syntax.Span, "??", Describe(left.Type), Describe(right.Type), $" (the default must be {Describe(leftType)})");
            result = leftType;
        }

        return new BoundBinary(syntax, right.Type.IsOptional ? result.AsOptional() : result, BinaryOperator.Coalesce, left, right);
    }

    private BoundExpression BindArithmetic(BinaryExpressionSyntax syntax, Narrowing? narrowed)
    {
        var op = syntax.Operator;
        var kind = op.Kind switch
        {
            TokenKind.Plus => BinaryOperator.Add,
            TokenKind.Minus => BinaryOperator.Subtract,
            TokenKind.Star => BinaryOperator.Multiply,
            _ => BinaryOperator.Divide,
        };
        var (left, right) = BindPair(syntax.Left, syntax.Right, narrowed);
        if (left.Type.IsError || right.Type.IsError)
        {
            return new BoundBinary(syntax, LifecycleType.Error, kind, left, right);
        }

        var l = RequireValue(left, inArithmetic: true);
        var r = RequireValue(right, inArithmetic: true);
        LifecycleType? result = null;
        if (l.IsNumeric && r.IsNumeric)
        {
            result = kind == BinaryOperator.Divide || l.Kind == TypeKind.Number || r.Kind == TypeKind.Number ? LifecycleType.Number : LifecycleType.Int;
        }
        else if (kind is BinaryOperator.Add or BinaryOperator.Subtract)
        {
            if (l.Kind == TypeKind.DateTime && r.Kind == TypeKind.Duration)
            {
                result = LifecycleType.DateTime;
            }
            else if (kind == BinaryOperator.Add && l.Kind == TypeKind.Duration && r.Kind == TypeKind.DateTime)
            {
                result = LifecycleType.DateTime;
            }
            else if (l.Kind == TypeKind.Duration && r.Kind == TypeKind.Duration)
            {
                result = LifecycleType.Duration;
            }
            else if (kind == BinaryOperator.Add && l.Kind == TypeKind.List && r.Kind == TypeKind.List)
            {
                if (l.Element is null || r.Element is null || AreEquatable(l.Element, r.Element))
                {
                    result = l.Element is null ? r : (r.Element is not null && l.Element.Kind == TypeKind.Int && r.Element.Kind == TypeKind.Number ? r : l);
                }
            }
        }

        if (result is null)
        {
            var needs = kind switch
            {
                BinaryOperator.Add => "numbers, a date-time and a duration, or two lists",
                BinaryOperator.Subtract => "numbers, or a date-time and a duration",
                _ => "numbers",
            };
            var hint = l.Kind == TypeKind.Date && r.Kind == TypeKind.Duration
                ? " (a date cannot be shifted by a duration; use a date-time such as now - 7 days)"
                : string.Empty;
            Report(DiagnosticCatalog.IncompatibleOperands, syntax.Span, op.Text, Describe(l), Describe(r), $"; '{op.Text}' works on {needs}{hint}");
            return new BoundBinary(syntax, LifecycleType.Error, kind, left, right);
        }

        return new BoundBinary(syntax, result, kind, left, right);
    }

    private BoundExpression BindIn(InExpressionSyntax syntax, Narrowing? narrowed)
    {
        var negated = syntax.NotKeyword is not null;
        if (syntax.Left is ContactExpressionSyntax)
        {
            _expressions[syntax.Left] = new BoundErrorExpression(syntax.Left);
            var right = syntax.Right is ParenthesizedExpressionSyntax p ? p.Expression : syntax.Right;
            if (right is not NameExpressionSyntax { Name: var name })
            {
                Bind(syntax.Right, null, narrowed);
                if (right is not MissingExpressionSyntax)
                {
                    Report(DiagnosticCatalog.NotAValue, syntax.Right.Span, "after 'contact in' write the name of a segment");
                }

                return new BoundErrorExpression(syntax);
            }

            if (IsMissing(name))
            {
                return new BoundErrorExpression(syntax);
            }

            if (!_scope.ContactAllowed)
            {
                Report(DiagnosticCatalog.ContactInCountFilter, syntax.Span, "event " + _scope.Event?.Name, "the contact's segments");
            }

            var segment = _symbols.GetSegment(name.Text);
            if (segment is null)
            {
                var suggestion = NameSuggester.Suggest(name.Text, _symbols.Segments.Select(s => s.Name));
                Report(DiagnosticCatalog.UnknownSegment, name.Span, SuggestionFix(name, suggestion), name.Text, NameSuggester.Hint(suggestion));
            }
            else
            {
                AddReference(segment, name);
                MarkUsed(segment);
                AddDependency(segment, name);
            }

            var test = new BoundSegmentTest(syntax, LifecycleType.Bool, segment, negated);
            _expressions[right] = test;
            return test;
        }

        BoundExpression item;
        BoundExpression collection;
        if (!IsContextDependent(syntax.Left))
        {
            // `contact.role in [DecisionMaker, User]`: the left side types the list. Numbers compare with
            // numbers, so an int on the left accepts a list of numbers.
            item = Bind(syntax.Left, null, narrowed);
            var element = item.Type.IsError ? null : item.Type.IsNumeric ? LifecycleType.Number : item.Type.NonOptional();
            collection = Bind(syntax.Right, element is null ? null : LifecycleType.ListOf(element), narrowed);
        }
        else
        {
            collection = Bind(syntax.Right, null, narrowed);
            item = Bind(syntax.Left, collection.Type is { Kind: TypeKind.List, Element: { } e } ? e : null, narrowed);
        }

        var keyword = negated ? "not in" : "in";
        if (!item.Type.IsError && !collection.Type.IsError)
        {
            var collectionType = collection.Type.NonOptional();
            if (collectionType.Kind != TypeKind.List)
            {
                Report(DiagnosticCatalog.OperatorNotApplicable, syntax.Right.Span, keyword, "a list on the right, like [a, b] or contact.tags", Describe(collectionType));
            }
            else if (collectionType.Element is { } element && !AreEquatable(item.Type.NonOptional(), element))
            {
                Report(DiagnosticCatalog.IncompatibleOperands, syntax.Span, keyword, Describe(item.Type), Describe(collectionType), string.Empty);
            }
        }

        return new BoundIn(syntax, LifecycleType.Bool, item, collection, negated);
    }

    // ------------------------------------------------------------------ type rules

    private void CheckEquatable(ExpressionSyntax syntax, string op, BoundExpression left, BoundExpression right)
    {
        if (left.Type.IsError || right.Type.IsError)
        {
            return;
        }

        var l = left.Type.NonOptional();
        var r = right.Type.NonOptional();
        if (AreEquatable(l, r))
        {
            return;
        }

        if (IsDateVersusDateTime(l, r))
        {
            ReportDateMismatch(syntax, left, right);
            return;
        }

        var hint = string.Empty;
        if (l.Kind == TypeKind.Enum && r.IsTextLike || r.Kind == TypeKind.Enum && l.IsTextLike)
        {
            var e = (l.Kind == TypeKind.Enum ? l : r).Enum!;
            hint = e.Members.Length > 0 ? $" (compare with a member of {e.Name}, e.g. {e.Members[0].Name})" : string.Empty;
        }

        Report(DiagnosticCatalog.IncompatibleOperands, syntax.Span, op, Describe(left.Type), Describe(right.Type), hint);
    }

    private void CheckOrderable(ExpressionSyntax syntax, string op, BoundExpression left, BoundExpression right)
    {
        if (left.Type.IsError || right.Type.IsError)
        {
            return;
        }

        var l = RequireValue(left, inArithmetic: false);
        var r = RequireValue(right, inArithmetic: false);
        if (l.IsNumeric && r.IsNumeric || l.Kind == r.Kind && l.Kind is TypeKind.Date or TypeKind.DateTime or TypeKind.Duration)
        {
            return;
        }

        if (IsDateVersusDateTime(l, r))
        {
            ReportDateMismatch(syntax, left, right);
            return;
        }

        if (l.Kind == r.Kind || l.IsTextLike && r.IsTextLike)
        {
            Report(DiagnosticCatalog.OperatorNotApplicable, syntax.Span, op, "numbers, dates, date-times or durations", Describe(l));
            return;
        }

        Report(DiagnosticCatalog.IncompatibleOperands, syntax.Span, op, Describe(l), Describe(r), string.Empty);
    }

    private static bool IsDateVersusDateTime(LifecycleType l, LifecycleType r) =>
        l.Kind == TypeKind.Date && r.Kind == TypeKind.DateTime || l.Kind == TypeKind.DateTime && r.Kind == TypeKind.Date;

    private void ReportDateMismatch(ExpressionSyntax syntax, BoundExpression left, BoundExpression right)
    {
        string message;
        if (left is BoundClock { Clock: ClockKind.Today } || right is BoundClock { Clock: ClockKind.Today })
        {
            message = "'today' is a date and can only be compared with dates; compare date-times with 'now'";
        }
        else if (left is BoundClock { Clock: ClockKind.Now } || right is BoundClock { Clock: ClockKind.Now })
        {
            message = "'now' is a date-time and can only be compared with date-times; compare dates with 'today'";
        }
        else
        {
            message = "a date cannot be compared with a date-time; compare dates with dates (or 'today') and date-times with date-times (or 'now')";
        }

        Report(DiagnosticCatalog.DateDateTimeMismatch, syntax.Span, message);
    }

    /// <summary>`==` compatibility: same type, any two numbers, any two text-like values, lists of compatible elements.</summary>
    private static bool AreEquatable(LifecycleType a, LifecycleType b)
    {
        a = a.NonOptional();
        b = b.NonOptional();
        if (a.IsError || b.IsError)
        {
            return true;
        }

        if (a.IsNumeric && b.IsNumeric || a.IsTextLike && b.IsTextLike)
        {
            return true;
        }

        if (a.Kind != b.Kind)
        {
            return false;
        }

        return a.Kind switch
        {
            TypeKind.Enum => ReferenceEquals(a.Enum, b.Enum),
            TypeKind.List => a.Element is null || b.Element is null || AreEquatable(a.Element, b.Element),
            _ => true,
        };
    }

    /// <summary>Can a value of <paramref name="source"/> be stored where <paramref name="target"/> is expected? int widens to number, never back.</summary>
    private static bool IsAssignable(LifecycleType source, LifecycleType target)
    {
        if (source.IsError || target.IsError)
        {
            return true;
        }

        if (source.Kind == TypeKind.Int && target.Kind == TypeKind.Number)
        {
            return true;
        }

        // email, phone and timezone are read as text; text is not an email unless it is a checked literal.
        if (target.Kind == TypeKind.Text && source.IsTextLike)
        {
            return true;
        }

        if (source.Kind != target.Kind)
        {
            return false;
        }

        return source.Kind switch
        {
            TypeKind.Enum => ReferenceEquals(source.Enum, target.Enum),
            TypeKind.List => source.Element is null || target.Element is null || IsAssignable(source.Element, target.Element),
            _ => true,
        };
    }

    /// <summary>An optional operand where a value is required: report it (with a `??` fix) and go on with the non-optional type.</summary>
    private LifecycleType RequireValue(BoundExpression bound, bool inArithmetic)
    {
        if (bound.Type.IsOptional)
        {
            ReportOptional(bound, inArithmetic);
        }

        return bound.Type.NonOptional();
    }

    private void ReportOptional(BoundExpression bound, bool inArithmetic)
    {
        var text = bound.Syntax.ToString();
        var fallback = DefaultValueText(bound.Type);
        CodeFix? fix = null;
        if (fallback is not null)
        {
            // `??` binds tighter than comparisons but looser than + - * /, so inside arithmetic it needs parentheses.
            var replacement = inArithmetic ? $"({text} ?? {fallback})" : $"{text} ?? {fallback}";
            fix = ReplaceFix($"Add '?? {fallback}'", bound.Syntax.Span, replacement);
        }

        Report(DiagnosticCatalog.OptionalNotNarrowed, bound.Syntax.Span, fix, text, fallback ?? "DEFAULT");
    }

    private static string? DefaultValueText(LifecycleType type) => type.Kind switch
    {
        TypeKind.Int or TypeKind.Number => "0",
        TypeKind.Text => "\"\"",
        TypeKind.Bool => "false",
        TypeKind.List => "[]",
        _ => null,
    };

    /// <summary>
    /// What a condition proves when it is true (or false): `x is set` proves x; `not` swaps; `a and b`
    /// true proves both sides' facts, `a or b` false proves both sides' false-facts.
    /// </summary>
    private static Narrowing? Facts(BoundExpression condition, bool whenTrue) => condition switch
    {
        BoundIsSet { Operand: BoundFieldAccess field } isSet when field.Field.IsOptional && whenTrue != isSet.IsNegated =>
            Narrowing.Add(null, field.Field),
        BoundUnary { Operator: UnaryOperator.Not } negation => Facts(negation.Operand, !whenTrue),
        BoundBinary { Operator: BinaryOperator.And } both when whenTrue => Narrowing.Union(Facts(both.Left, true), Facts(both.Right, true)),
        BoundBinary { Operator: BinaryOperator.Or } either when !whenTrue => Narrowing.Union(Facts(either.Left, false), Facts(either.Right, false)),
        _ => null,
    };

    /// <summary>How a type is named in messages: "text", "an optional int", "Role", "a list of text", "a date".</summary>
    private static string Describe(LifecycleType type) =>
        type.IsOptional
            ? "an optional " + Noun(type.NonOptional())
            : type.Kind switch
            {
                TypeKind.Date or TypeKind.DateTime or TypeKind.Duration or TypeKind.Template or TypeKind.List => "a " + Noun(type),
                _ => Noun(type),
            };

    private static string Noun(LifecycleType type) => type.Kind switch
    {
        TypeKind.Enum => type.Enum?.Name ?? "enum",
        TypeKind.List => type.Element is null ? "list" : $"list of {Noun(type.Element)}",
        TypeKind.Int => "int",
        TypeKind.Number => "number",
        TypeKind.Text => "text",
        TypeKind.Bool => "bool",
        TypeKind.Date => "date",
        TypeKind.DateTime => "date-time",
        TypeKind.Duration => "duration",
        TypeKind.Template => "template",
        TypeKind.Email => "email",
        TypeKind.Phone => "phone",
        TypeKind.TimeZone => "timezone",
        _ => type.ToString(),
    };

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
