using System.Collections.Immutable;
using LifecycleLang.Semantics;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Ide.Features;

/// <summary>The classes of semantic tokens (the server's legend lists them in this order).</summary>
public enum TokenClass
{
    Keyword,
    Type,
    Enum,
    EnumMember,
    Property,
    Event,
    Function,
    Class,
    Variable,
    Namespace,
    Label,
    String,
    Number,
    Comment,
    Operator,
}

[Flags]
public enum TokenModifiers
{
    None = 0,
    Declaration = 1,
    DefaultLibrary = 2,
}

/// <summary>A classified piece of one line: a token, or one line of a multi-line string or comment.</summary>
public sealed record ClassifiedSpan(TextSpan Span, TokenClass Class, TokenModifiers Modifiers = TokenModifiers.None);

/// <summary>
/// Semantic tokens for a whole file: names by what they name (from the syntax slot they are written in,
/// refined by the model's references when the model is of this text: a bare name in a `where` is a field or
/// an enum member), keywords only where they act as keywords (`email: email` is a field of type email),
/// literals, operators and comments. Multi-line tokens are split per line.
/// </summary>
public static class SemanticTokens
{
    public static ImmutableArray<ClassifiedSpan> Classify(SyntaxTree tree, SemanticModel? model)
    {
        var slots = NameSlots(tree);
        var current = model is not null && model.Compilation.SyntaxTrees.Contains(tree);
        var text = tree.Text;
        var result = new List<ClassifiedSpan>();
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.IsComment)
                {
                    AddLines(text, trivia.Span, TokenClass.Comment, TokenModifiers.None, result);
                }
            }

            if (token.IsMissing || token.Text.Length == 0)
            {
                continue;
            }

            var classified = Classify(token, slots, current ? model : null, tree.Path);
            if (classified is { } c)
            {
                AddLines(text, token.Span, c.Class, c.Modifiers, result);
            }
        }

        return [.. result];
    }

    private static (TokenClass Class, TokenModifiers Modifiers)? Classify(SyntaxToken token, Dictionary<int, (TokenClass, TokenModifiers)> slots, SemanticModel? model, string path)
    {
        if (slots.TryGetValue(token.Start, out var slot))
        {
            if (model?.ReferenceAt(path, token.Start) is { } reference && reference.Location.Span == token.Span)
            {
                var modifiers = (reference.IsDeclaration ? TokenModifiers.Declaration : TokenModifiers.None)
                    | (reference.Symbol.IsBuiltIn ? TokenModifiers.DefaultLibrary : TokenModifiers.None);
                return (Of(reference.Symbol), modifiers);
            }

            return slot;
        }

        if (TokenFacts.IsKeyword(token.Kind))
        {
            return (TokenClass.Keyword, TokenModifiers.None);
        }

        return token.Kind switch
        {
            TokenKind.String or TokenKind.TripleString or TokenKind.UnterminatedString or TokenKind.UnterminatedTripleString => (TokenClass.String, TokenModifiers.None),
            TokenKind.Number or TokenKind.Percent or TokenKind.TimeOfDay => (TokenClass.Number, TokenModifiers.None),
            TokenKind.EqualsEquals or TokenKind.BangEquals or TokenKind.Less or TokenKind.LessEquals or TokenKind.Greater
                or TokenKind.GreaterEquals or TokenKind.QuestionQuestion or TokenKind.Plus or TokenKind.Minus or TokenKind.Star
                or TokenKind.Slash or TokenKind.Equals or TokenKind.Question => (TokenClass.Operator, TokenModifiers.None),
            TokenKind.Identifier => (TokenClass.Variable, TokenModifiers.None),
            _ => null,
        };
    }

    private static TokenClass Of(Symbol symbol) => symbol switch
    {
        FieldSymbol => TokenClass.Property,
        EventSymbol => TokenClass.Event,
        EnumSymbol => TokenClass.Enum,
        EnumMemberSymbol or StageSymbol => TokenClass.EnumMember,
        FunnelSymbol => TokenClass.Namespace,
        TemplateSymbol => TokenClass.Function,
        JourneySymbol => TokenClass.Class,
        LabelSymbol => TokenClass.Label,
        _ => TokenClass.Variable,
    };

    /// <summary>Every token written where the grammar expects a name, with what that slot names.</summary>
    private static Dictionary<int, (TokenClass, TokenModifiers)> NameSlots(SyntaxTree tree)
    {
        var slots = new Dictionary<int, (TokenClass, TokenModifiers)>();
        void Add(SyntaxToken? token, TokenClass c, TokenModifiers m = TokenModifiers.None)
        {
            if (token is { IsMissing: false, Text.Length: > 0 })
            {
                slots[token.Start] = (c, m);
            }
        }

        const TokenModifiers decl = TokenModifiers.Declaration;
        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case EventDeclarationSyntax n: Add(n.Name, TokenClass.Event, decl); break;
                case EnumDeclarationSyntax n: Add(n.Name, TokenClass.Enum, decl); break;
                case EnumMemberSyntax n: Add(n.Name, TokenClass.EnumMember, decl); break;
                case FunnelDeclarationSyntax n: Add(n.Name, TokenClass.Namespace, decl); break;
                case StageDeclarationSyntax n: Add(n.Name, TokenClass.EnumMember, decl); break;
                case OwnerAttributeSyntax n: Add(n.Owner, TokenClass.Variable); break;
                case SegmentDeclarationSyntax n: Add(n.Name, TokenClass.Variable, decl); break;
                case ScoreDeclarationSyntax n: Add(n.Name, TokenClass.Variable, decl); break;
                case TemplateDeclarationSyntax n: Add(n.Name, TokenClass.Function, decl); Add(n.Channel, TokenClass.Keyword); break;
                case TemplatePartSyntax n: Add(n.Name, TokenClass.Property); break;
                case NameTemplateValueSyntax n: Add(n.Name, TokenClass.EnumMember); break;
                case JourneyDeclarationSyntax n: Add(n.Name, TokenClass.Class, decl); break;
                case FieldDeclarationSyntax n: Add(n.Name, TokenClass.Property, decl); break;
                case NamedTypeSyntax n:
                    Add(n.Name, LifecycleType.FromBuiltInName(n.Name.Text) is null ? TokenClass.Enum : TokenClass.Type,
                        LifecycleType.FromBuiltInName(n.Name.Text) is null ? TokenModifiers.None : TokenModifiers.DefaultLibrary);
                    break;
                case ListTypeSyntax n: Add(n.ListKeyword, TokenClass.Type, TokenModifiers.DefaultLibrary); break;
                case LabelSyntax n: Add(n.Name, TokenClass.Label, decl); break;
                case SendStepSyntax n: Add(n.Channel, TokenClass.Keyword); Add(n.Template, TokenClass.Function); break;
                case StageStepSyntax n: Add(n.Stage, TokenClass.EnumMember); break;
                case FunnelClauseSyntax n: Add(n.Funnel, TokenClass.Namespace); break;
                case EntryOnClauseSyntax n: Add(n.Event, TokenClass.Event); break;
                case ExitOnClauseSyntax n: Add(n.Event, TokenClass.Event); break;
                case GoalClauseSyntax n: Add(n.Event, TokenClass.Event); break;
                case WaitForStepSyntax n: Add(n.Event, TokenClass.Event); break;
                case OnArmSyntax n: Add(n.Event, TokenClass.Event); break;
                case ScoreEventRuleSyntax n: Add(n.Event, TokenClass.Event); break;
                case CountExpressionSyntax n: Add(n.Event, TokenClass.Event); break;
                case ScoreStepSyntax n: Add(n.Model, TokenClass.Variable); break;
                case ScoreExpressionSyntax n: Add(n.Model, TokenClass.Variable); break;
                case SetStepSyntax n: Add(n.Field, TokenClass.Property); break;
                case MemberAccessExpressionSyntax n: Add(n.Member, TokenClass.Property); break;
                case NameExpressionSyntax n: Add(n.Name, TokenClass.Variable); break;
                case SplitArmSyntax n: Add(n.Name, TokenClass.Label); break;
                case CapSettingSyntax n: Add(n.Channel, TokenClass.Keyword); break;
            }
        }

        return slots;
    }

    private static void AddLines(SourceText text, TextSpan span, TokenClass c, TokenModifiers m, List<ClassifiedSpan> result)
    {
        var start = span.Start;
        while (start < span.End)
        {
            var line = text.GetLinePosition(start).Line;
            var lineEnd = line + 1 < text.LineCount ? text.GetLineStart(line + 1) : text.Length;
            var end = Math.Min(span.End, lineEnd);
            var visibleEnd = end;
            while (visibleEnd > start && text.Text[visibleEnd - 1] is '\n' or '\r')
            {
                visibleEnd--;
            }

            if (visibleEnd > start)
            {
                result.Add(new ClassifiedSpan(TextSpan.FromBounds(start, visibleEnd), c, m));
            }

            start = end;
        }
    }
}
