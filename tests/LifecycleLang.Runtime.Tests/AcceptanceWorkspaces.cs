using NodaTime;

namespace LifecycleLang.Runtime.Tests;

/// <summary>The three acceptance workspaces written by hand the way the compiler emits them: records,
/// lambdas over EvalContext/Ops, and precomputed step ids.</summary>
internal static class AcceptanceWorkspaces
{
    public static IReadOnlyDictionary<string, string> Parts(params (string Name, string Text)[] parts) =>
        parts.ToDictionary(p => p.Name, p => p.Text, StringComparer.Ordinal);

    // p1-trial/workspace/trial.journey
    public static WorkspaceDef Trial()
    {
        var plan = FieldType.Enum("Plan", "Free", "Pro");
        return new WorkspaceDef
        {
            Contact = new ContactSchema([
                new FieldDef("email", FieldType.Email, Optional: true),
                new FieldDef("first_name", FieldType.Text, Optional: true),
                new FieldDef("plan", plan),
            ]),
            Events = [new EventDef("trial_started"), new EventDef("upgraded", new FieldDef("plan", plan))],
            Templates = [
                new TemplateDef("day0", Channel.Email, Parts(
                    ("subject", "Welcome to your trial, {{ contact.first_name | default: 'friend' }}"),
                    ("body", "Start by importing your contacts."))),
                new TemplateDef("day3", Channel.Email, Parts(("subject", "Tips for day 3"), ("body", "Build your first journey."))),
                new TemplateDef("pro_thanks", Channel.Email, Parts(("subject", "Thanks for upgrading"), ("body", "Here is what Pro unlocks."))),
            ],
            Journeys = [
                new JourneyDef("Trial", [new EntryOn("trial_started")], [
                    new SendStep(Channel.Email, "day0") { Id = "1" },
                    new WaitForStep("upgraded", Duration.FromDays(3), Else: [
                        new SendStep(Channel.Email, "day3") { Id = "2/else/1" },
                    ]) { Id = "2" },
                    new IfStep([
                        new IfBranch(ctx => Ops.Eq(ctx.Contact("plan"), "Pro"), [
                            new SendStep(Channel.Email, "pro_thanks") { Id = "3/then/1" },
                        ]),
                    ]) { Id = "3" },
                ])
                {
                    Goal = new GoalDef("upgraded", Duration.FromDays(14)),
                },
            ],
        };
    }

    // p2-warm-leads/workspace/main.journey
    public static WorkspaceDef WarmLeads() => new()
    {
        Contact = new ContactSchema([
            new FieldDef("email", FieldType.Email, Optional: true),
            new FieldDef("industry", FieldType.Text, Optional: true),
        ]),
        Events = [
            new EventDef("webinar_attended", new FieldDef("topic", FieldType.Text)),
            new EventDef("page_visited", new FieldDef("url", FieldType.Text)),
        ],
        ScoreModels = [
            new ScoreModelDef("interest", [
                new OnScoreRule(20m, "webinar_attended"),
                new OnScoreRule(5m, "page_visited"),
            ], Max: 50m),
        ],
        Segments = [new SegmentDef("Warm", ctx => Ops.Ge(ctx.Score("interest"), 25m))],
        Templates = [
            new TemplateDef("case_study", Channel.Email, Parts(
                ("subject", "How {{ contact.industry | default: 'teams like yours' }} use journeys"),
                ("body", "A short story."))),
            new TemplateDef("invite", Channel.Email, Parts(("subject", "Join our next webinar"), ("body", "Thursday, 5 pm."))),
        ],
        Journeys = [
            new JourneyDef("WarmLeads", [new EntryWhen(ctx => ctx.InSegment("Warm"))], [
                new SplitStep([
                    new SplitArm("Story", 7000, [new SendStep(Channel.Email, "case_study") { Id = "1/Story/1" }]),
                    new SplitArm("Invite", 3000, [new SendStep(Channel.Email, "invite") { Id = "1/Invite/1" }]),
                ]) { Id = "1" },
            ]),
        ],
    };

    // p3-winback/workspace/winback.journey
    public static WorkspaceDef WinBack() => new()
    {
        Contact = new ContactSchema([
            new FieldDef("email", FieldType.Email, Optional: true),
            new FieldDef("first_name", FieldType.Text, Optional: true),
        ]),
        Events = [new EventDef("page_visited", new FieldDef("url", FieldType.Text))],
        Segments = [
            new SegmentDef("Active", ctx => Ops.Gt(ctx.Count("page_visited", within: Duration.FromDays(14)), 0m)),
            new SegmentDef("Lapsed", ctx => Ops.Gt(ctx.Count("page_visited"), 0m) && !ctx.InSegment("Active")),
        ],
        Templates = [
            new TemplateDef("miss_you", Channel.Email, Parts(
                ("subject", "We miss you, {{ contact.first_name | default: 'friend' }}"),
                ("body", "Here is what is new since your last visit."))),
        ],
        HistoryRetention = Duration.FromDays(14),
        Journeys = [
            new JourneyDef("WinBack", [new EntryWhen(ctx => ctx.InSegment("Lapsed"))], [
                new WaitStep(Duration.FromDays(2)) { Id = "1" },
                new SendStep(Channel.Email, "miss_you") { Id = "2" },
            ])
            {
                Exits = [new ExitWhen(ctx => ctx.InSegment("Active"))],
                Goal = new GoalDef("page_visited", Duration.FromDays(7)),
                Reentry = Reentry.AfterDuration(Duration.FromDays(30)),
            },
        ],
    };
}
