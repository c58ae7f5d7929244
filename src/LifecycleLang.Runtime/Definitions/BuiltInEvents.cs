namespace LifecycleLang.Runtime;

/// <summary>The built-in events of language.md §3, which every workspace has without declaring them.</summary>
public static class BuiltInEvents
{
    public const string MessageDelivered = "message_delivered";
    public const string MessageOpened = "message_opened";
    public const string MessageClicked = "message_clicked";
    public const string MessageBounced = "message_bounced";
    public const string MessageUnsubscribed = "message_unsubscribed";
    public const string MessageResubscribed = "message_resubscribed";
    public const string StageSlaBreached = "stage_sla_breached";

    private static FieldDef TemplateField => new("template", FieldType.Template);
    private static FieldDef ChannelField => new("channel", FieldType.Channel);

    /// <summary>All built-in events with their fields.</summary>
    public static readonly IReadOnlyList<EventDef> All =
    [
        new(MessageDelivered, TemplateField, ChannelField),
        new(MessageOpened, TemplateField, ChannelField),
        new(MessageClicked, TemplateField, ChannelField, new FieldDef("link", FieldType.Text, Optional: true)),
        new(MessageBounced, TemplateField, ChannelField),
        new(MessageUnsubscribed, TemplateField, ChannelField),
        new(MessageResubscribed, ChannelField),
        new(StageSlaBreached, new FieldDef("funnel", FieldType.Text), new FieldDef("stage", FieldType.Text)),
    ];
}
