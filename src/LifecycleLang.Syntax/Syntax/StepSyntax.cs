namespace LifecycleLang.Syntax;

/// <summary>A step of a journey, with its optional label (the step's stable id, runtime.md §5).</summary>
public abstract record StepSyntax(LabelSyntax? Label) : JourneyMemberSyntax;
