using System.Text;

namespace LifecycleLang.Review;

/// <summary>A <see cref="DiffReport"/> as plain text (a terminal, CI logs) or Markdown (a pull-request comment).</summary>
public static class DiffWriter
{
    public const string WarningMarker = "WARNING (contacts already in the journey):";

    public static string Text(DiffReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var builder = new StringBuilder();
        foreach (var note in report.Notes)
        {
            builder.Append("note: ").Append(note).Append('\n');
        }

        if (!report.HasChanges)
        {
            builder.Append("no semantic change\n");
            return builder.ToString();
        }

        foreach (var change in report.Changes)
        {
            if (change.AffectsRunningContacts)
            {
                builder.Append(WarningMarker).Append(' ');
            }

            builder.Append(change.Subject).Append(": ").Append(change.Text).Append('\n');
            foreach (var line in change.DetailLines)
            {
                builder.Append("    ").Append(line).Append('\n');
            }
        }

        builder.Append('\n').Append(Summary(report)).Append('\n');
        return builder.ToString();
    }

    public static string Markdown(DiffReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var builder = new StringBuilder();
        builder.Append("### Journey changes\n\n");
        foreach (var note in report.Notes)
        {
            builder.Append("> **Note:** ").Append(Escape(note)).Append("\n\n");
        }

        if (!report.HasChanges)
        {
            builder.Append("No semantic change (layout and comments only, or nothing at all).\n");
            return builder.ToString();
        }

        if (report.RunningContactWarnings > 0)
        {
            builder.Append("> [!WARNING]\n> ").Append(report.RunningContactWarnings)
                .Append(report.RunningContactWarnings == 1 ? " change affects" : " changes affect")
                .Append(" contacts already inside a running journey (marked ⚠️).\n\n");
        }

        foreach (var group in report.Changes.GroupBy(c => c.Subject))
        {
            builder.Append("**").Append(Escape(group.Key)).Append("**\n\n");
            foreach (var change in group)
            {
                builder.Append("- ").Append(change.AffectsRunningContacts ? "⚠️ " : string.Empty)
                    .Append(Icon(change.Kind)).Append(' ').Append(Escape(change.Text)).Append('\n');
                if (change.DetailLines.Length > 0)
                {
                    builder.Append("\n  ```diff\n");
                    foreach (var line in change.DetailLines)
                    {
                        builder.Append("  ").Append(line.Replace("```", "`​``", StringComparison.Ordinal)).Append('\n');
                    }

                    builder.Append("  ```\n\n");
                }
            }

            builder.Append('\n');
        }

        builder.Append(Summary(report)).Append('\n');
        return builder.ToString();
    }

    private static string Summary(DiffReport report)
    {
        var count = report.Changes.Length;
        var text = $"{count} semantic change{(count == 1 ? string.Empty : "s")}";
        return report.RunningContactWarnings > 0
            ? $"{text} ({report.RunningContactWarnings} affect{(report.RunningContactWarnings == 1 ? "s" : string.Empty)} contacts already in a journey)"
            : text;
    }

    private static string Icon(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "➕",
        ChangeKind.Removed => "➖",
        ChangeKind.Moved => "↕️",
        _ => "✏️",
    };

    // Markdown would read `*` as emphasis and `<x` as HTML.
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
}
