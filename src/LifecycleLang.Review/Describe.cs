using LifecycleLang.Formatting;
using LifecycleLang.Semantics.Binding;
using LifecycleLang.Syntax;

namespace LifecycleLang.Review;

/// <summary>Steps, clauses and expressions in the words of the source, on one line (normalized spacing, no comments).</summary>
public static class Describe
{
    public static string Expression(ExpressionSyntax expression) => JourneyFormatter.ExpressionText(expression);

    public static string Expression(BoundExpression? expression) => expression is null ? string.Empty : Expression(expression.Syntax);

    public static string Words(SyntaxNode? node) => node is null ? string.Empty : JourneyFormatter.WordsText(node);

    public static string Where(WhereClauseSyntax? where) => where is null ? string.Empty : " where " + Expression(where.Condition);

    /// <summary>The step's own line without its label or nested blocks: `send email offer`, `wait 2 days`, `if contact.x > 1`.</summary>
    public static string Step(StepSyntax step) => step switch
    {
        StageStepSyntax s => $"stage {s.Stage.Text}",
        SendStepSyntax s => $"send {s.Channel.Text} {s.Template.Text}",
        WaitStepSyntax s => $"wait {Words(s.Duration)}",
        WaitUntilStepSyntax s => $"wait until {s.Time.Text}" + (s.LocalKeyword is null ? string.Empty : " local"),
        WaitForStepSyntax s => $"wait for {s.Event.Text}{Where(s.Where)} up to {Words(s.Timeout)}",
        WaitArmsStepSyntax s => $"wait up to {Words(s.Timeout)}",
        IfStepSyntax s => $"if {Expression(s.Condition)}",
        SplitStepSyntax s => "split " + string.Join(" / ", s.Arms.Select(a => $"{a.Name.Text} {a.Share.Text}")),
        ScoreStepSyntax s => $"score {s.Model.Text} {Words(s.Points).Replace(" ", string.Empty, StringComparison.Ordinal)}",
        SetStepSyntax s => $"set contact.{s.Field.Text} = {Expression(s.Value)}",
        ExitStepSyntax => "exit",
        _ => Words(step),
    };

    /// <summary>What kind of step, in one word a reviewer reads: send, wait, branch, split, …</summary>
    public static string Kind(BoundStep step) => step switch
    {
        BoundStageStep => "stage",
        BoundSendStep => "send",
        BoundWaitStep => "wait",
        BoundWaitUntilStep => "wait until",
        BoundWaitForStep => "wait for",
        BoundWaitArmsStep => "wait",
        BoundIfStep => "branch",
        BoundSplitStep => "split",
        BoundScoreStep => "score",
        BoundSetStep => "set",
        BoundExitStep => "exit",
        _ => "step",
    };

    /// <summary>The clause as written, normalized: `entry on form_submitted where form == "x"`.</summary>
    public static string Clause(JourneyClauseSyntax clause) => clause switch
    {
        EntryOnClauseSyntax c => $"entry on {c.Event.Text}{Where(c.Where)}",
        EntryWhenClauseSyntax c => $"entry when {Expression(c.Condition)}",
        EntryAtClauseSyntax c => $"entry at {c.DateTime.Text}" + (c.LocalKeyword is null ? string.Empty : " local")
            + (c.When is null ? string.Empty : " when " + Expression(c.When.Condition)),
        ExitOnClauseSyntax c => $"exit on {c.Event.Text}{Where(c.Where)}",
        ExitWhenClauseSyntax c => $"exit when {Expression(c.Condition)}",
        GoalClauseSyntax c => $"goal {c.Event.Text}{Where(c.Where)}" + (c.Within is null ? string.Empty : " " + Words(c.Within)),
        _ => Words(clause),
    };

    /// <summary>True for steps where an instance can be paused (runtime.md §3): waits, and sends that quiet hours may hold.</summary>
    public static bool CanPause(BoundStep step) => step switch
    {
        BoundWaitStep or BoundWaitUntilStep or BoundWaitForStep or BoundWaitArmsStep => true,
        BoundSendStep send => send.Channel is { } channel && Semantics.Symbols.ChannelFacts.CanBeHeld(channel),
        _ => false,
    };
}
