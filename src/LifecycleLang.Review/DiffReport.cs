using System.Collections.Immutable;

namespace LifecycleLang.Review;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
    Moved,
}

/// <summary>
/// One semantic change, as a sentence about a <see cref="Subject"/> (`journey BlackFriday`, `segment MQL`).
/// <see cref="AffectsRunningContacts"/> marks changes that touch contacts already inside a running
/// journey (a step removed, or a waiting step whose id changes). <see cref="Details"/> holds a line diff
/// (`- old` / `+ new`) for template text.
/// </summary>
public sealed record DiffChange(string Subject, ChangeKind Kind, string Text, bool AffectsRunningContacts = false, ImmutableArray<string> Details = default)
{
    public ImmutableArray<string> DetailLines => Details.IsDefault ? [] : Details;
}

/// <summary>The semantic differences between two versions of a workspace, in the order a reviewer reads them.</summary>
public sealed record DiffReport(ImmutableArray<DiffChange> Changes, ImmutableArray<string> Notes)
{
    public bool HasChanges => Changes.Length > 0;

    public int RunningContactWarnings => Changes.Count(c => c.AffectsRunningContacts);
}
