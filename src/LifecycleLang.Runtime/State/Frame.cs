namespace LifecycleLang.Runtime;

/// <summary>
/// One level of an instance's position: the block it is in (<c>""</c> for the journey's top block,
/// else the owning step's id and the block segment, e.g. <c>4/then</c>) and the index of the next step
/// to run. <see cref="ArmEvent"/> is the event of an <c>on E { … }</c> arm, in scope inside it.
/// </summary>
public sealed class Frame
{
    public string Block { get; set; } = "";

    public int Index { get; set; }

    public EventRecord? ArmEvent { get; set; }
}
