namespace LifecycleLang.Syntax.Diagnostics;

/// <summary>
/// The checker's entries of the one catalog (LifecycleLang.Semantics reports them). Messages are written
/// for the marketing engineer who has to act on them: what is wrong, and what to write instead.
/// Every code is documented in docs/diagnostics.md and produced by a baseline test.
/// </summary>
public static partial class DiagnosticCatalog
{
    // ---------------------------------------------------------------- LL2xxx names and scopes
    public static readonly DiagnosticDescriptor UnknownField =
        Error("LL2001", "Unknown field", "{0} has no field '{1}'{2}");

    public static readonly DiagnosticDescriptor UnknownEvent =
        Error("LL2002", "Unknown event", "there is no event '{0}'{1}");

    public static readonly DiagnosticDescriptor UnknownEnumMember =
        Error("LL2003", "Unknown enum member", "enum {0} has no member '{1}'{2}");

    public static readonly DiagnosticDescriptor UnknownSegment =
        Error("LL2004", "Unknown segment", "there is no segment '{0}'{1}");

    public static readonly DiagnosticDescriptor UnknownScoreModel =
        Error("LL2005", "Unknown score model", "there is no score model '{0}'{1}");

    public static readonly DiagnosticDescriptor UnknownTemplate =
        Error("LL2006", "Unknown template", "there is no template '{0}'{1}");

    public static readonly DiagnosticDescriptor UnknownStage =
        Error("LL2007", "Unknown stage", "funnel {0} has no stage '{1}'{2}");

    public static readonly DiagnosticDescriptor UnknownFunnel =
        Error("LL2008", "Unknown funnel", "there is no funnel '{0}'{1}");

    public static readonly DiagnosticDescriptor UnknownType =
        Error("LL2009", "Unknown type", "'{0}' is not a type; use text, int, number, bool, date, datetime, email, phone, timezone, list<T> or an enum{1}");

    public static readonly DiagnosticDescriptor UnknownName =
        Error("LL2010", "Unknown name", "'{0}' is not defined here{1}");

    public static readonly DiagnosticDescriptor UnknownChannel =
        Error("LL2011", "Unknown channel", "'{0}' is not a channel; use email, sms, push or webhook{1}");

    public static readonly DiagnosticDescriptor DuplicateDeclaration =
        Error("LL2012", "Duplicate declaration", "{0} '{1}' is already declared at {2}; give it another name");

    public static readonly DiagnosticDescriptor DuplicateField =
        Error("LL2013", "Duplicate field", "{0} already has a field '{1}'{2}");

    public static readonly DiagnosticDescriptor DuplicateEnumMember =
        Error("LL2014", "Duplicate enum member", "enum {0} already has a member '{1}'");

    public static readonly DiagnosticDescriptor DuplicateStage =
        Error("LL2015", "Duplicate stage", "funnel {0} already has a stage '{1}'");

    public static readonly DiagnosticDescriptor DuplicateLabel =
        Error("LL2016", "Duplicate label", "journey {0} already has a step labelled '{1}'; labels are step ids and must be unique in a journey");

    public static readonly DiagnosticDescriptor DuplicateContact =
        Error("LL2017", "More than one contact block", "the workspace already declares the contact at {0}; put every contact field in that one block");

    public static readonly DiagnosticDescriptor DuplicateSettings =
        Error("LL2018", "More than one settings block", "the workspace already has a settings block at {0}; keep one settings block");

    public static readonly DiagnosticDescriptor BuiltInNameConflict =
        Error("LL2019", "Name of a built-in", "'{0}' is {1}; choose another name");

    public static readonly DiagnosticDescriptor DuplicateArm =
        Error("LL2020", "Duplicate arm", "{0}");

    public static readonly DiagnosticDescriptor EnumMemberNeedsQualifier =
        Error("LL2021", "Enum member needs its enum name", "'{0}' is a member of {1}; here it must be written {1}.{0} (bare members are only allowed where a {1} is expected)");

    public static readonly DiagnosticDescriptor BareEventFieldOutsideWhere =
        Error("LL2022", "Bare event field outside a where", "a bare event field is only allowed in a 'where' on that event; write event.{0}");

    public static readonly DiagnosticDescriptor EventNotInScope =
        Error("LL2023", "No event in scope", "{0}");

    public static readonly DiagnosticDescriptor ContactInCountFilter =
        Error("LL2024", "Contact in a count filter", "a count(...) filter sees only the fields of {0}, not {1}; move the contact condition outside count(...)");

    public static readonly DiagnosticDescriptor ReadOnlyField =
        Error("LL2025", "Read-only field", "contact.id is set by the runtime and cannot be changed");

    // ---------------------------------------------------------------- LL3xxx types and expressions
    public static readonly DiagnosticDescriptor IncompatibleOperands =
        Error("LL3001", "Incompatible operands", "cannot use '{0}' between {1} and {2}{3}");

    public static readonly DiagnosticDescriptor OptionalNotNarrowed =
        Error("LL3002", "Optional value not checked", "{0} is optional and may be unset here; write '{0} ?? {1}', or check '{0} is set' first");

    public static readonly DiagnosticDescriptor ConditionNotBool =
        Error("LL3003", "Condition is not a yes/no value", "a condition must be true or false, but this is {0}");

    public static readonly DiagnosticDescriptor AssignmentMismatch =
        Error("LL3004", "Wrong type in set", "contact.{0} is {1}, so it cannot be set to {2}{3}");

    public static readonly DiagnosticDescriptor OperatorNotApplicable =
        Error("LL3005", "Operator does not apply", "'{0}' needs {1}, but this is {2}");

    public static readonly DiagnosticDescriptor DateDateTimeMismatch =
        Error("LL3006", "Date compared with date-time", "{0}");

    public static readonly DiagnosticDescriptor InvalidDate =
        Error("LL3007", "Invalid date", "'{0}' is not a date; write it as \"yyyy-MM-dd\", e.g. \"2026-11-27\"");

    public static readonly DiagnosticDescriptor InvalidDateTime =
        Error("LL3008", "Invalid date-time", "'{0}' is not a date-time; write \"yyyy-MM-ddTHH:mm\" or \"yyyy-MM-ddTHH:mm:ss\", optionally followed by Z or an offset like +01:00");

    public static readonly DiagnosticDescriptor LocalWithOffset =
        Error("LL3009", "'local' with an offset", "'local' means each contact's own wall-clock time, so the date-time must not have an offset; remove '{0}' or remove 'local'");

    public static readonly DiagnosticDescriptor InvalidTimeZone =
        Error("LL3010", "Invalid time zone", "'{0}' is not a time zone of the IANA database{1}");

    public static readonly DiagnosticDescriptor InvalidEmailLiteral =
        Error("LL3011", "Invalid email address", "'{0}' is not an email address (local@domain.tld)");

    public static readonly DiagnosticDescriptor InvalidPhoneLiteral =
        Error("LL3012", "Invalid phone number", "'{0}' is not an E.164 phone number ('+' and 7-15 digits)");

    public static readonly DiagnosticDescriptor MonthsOrYears =
        Error("LL3013", "Duration in months or years", "calendar {0} differ in length, so durations have no {1} unit; write {2}");

    public static readonly DiagnosticDescriptor DurationNotWhole =
        Error("LL3014", "Duration is not a whole number", "a duration needs a whole number; write '{0}' as a whole number of a smaller unit{1}");

    public static readonly DiagnosticDescriptor NotAValue =
        Error("LL3015", "Not a value", "{0}");

    public static readonly DiagnosticDescriptor NoMembers =
        Error("LL3016", "No members", "{0} has no members; '.{1}' cannot be used here");

    public static readonly DiagnosticDescriptor WholeNumberExpected =
        Error("LL3017", "Whole number expected", "{0} must be a whole number, not '{1}'");

    public static readonly DiagnosticDescriptor ListItemMismatch =
        Error("LL3018", "List item of another type", "this list holds {0}, but this item is {1}");

    public static readonly DiagnosticDescriptor InvalidFieldType =
        Error("LL3019", "Type not allowed here", "{0}");

    // ---------------------------------------------------------------- LL4xxx journey structure and declarations
    public static readonly DiagnosticDescriptor MissingEntry =
        Error("LL4001", "Journey without entry", "journey {0} has no 'entry' clause, so no contact can ever enter it; add 'entry on EVENT', 'entry when CONDITION' or 'entry at \"DATETIME\"'");

    public static readonly DiagnosticDescriptor ClauseAfterStep =
        Error("LL4002", "Clause after a step", "'{0}' is a journey clause; clauses come before the first step, move it up");

    public static readonly DiagnosticDescriptor DuplicateClause =
        Error("LL4003", "Clause given twice", "journey {0} already has a '{1}' clause; keep one");

    public static readonly DiagnosticDescriptor ChannelMismatch =
        Error("LL4004", "Template of another channel", "template {0} is {1} template and cannot be sent by {2}; write 'send {3} {0}'");

    public static readonly DiagnosticDescriptor NoAddressField =
        Error("LL4005", "No address to send to", "'send {0}' needs a contact field of type {1} to send to; add one to the contact, e.g. '{2}: {1}?'");

    public static readonly DiagnosticDescriptor StageNotInFunnel =
        Error("LL4006", "Stage of another funnel", "stage {0} is not in funnel {1} (the funnel of journey {2}){3}");

    public static readonly DiagnosticDescriptor FunnelClauseRequired =
        Error("LL4007", "Which funnel?", "the workspace has several funnels ({0}); add 'funnel NAME' to journey {1} to say which one its stage steps use");

    public static readonly DiagnosticDescriptor NoFunnelDeclared =
        Error("LL4008", "No funnel", "'stage {0}' needs a funnel, but the workspace declares none; add 'funnel NAME {{ stage {0} ... }}'");

    public static readonly DiagnosticDescriptor SplitSharesNot100 =
        Error("LL4009", "Split shares do not add up", "the shares of this split add up to {0}%; they must add up to 100%");

    public static readonly DiagnosticDescriptor SplitShareZero =
        Error("LL4010", "Split arm of 0%", "arm {0} has a share of 0% and would never run; remove it or give it a share");

    public static readonly DiagnosticDescriptor HoldoutOutOfRange =
        Error("LL4011", "Holdout out of range", "a holdout must be more than 0% and less than 100%, not {0}");

    public static readonly DiagnosticDescriptor UnreachableStep =
        Error("LL4012", "Unreachable step", "this step comes after 'exit' in the same block and can never run; remove it or move the exit");

    public static readonly DiagnosticDescriptor DependencyCycle =
        Error("LL4013", "Segment/score cycle", "{0} {1} depends on itself: {2}; break the cycle");

    public static readonly DiagnosticDescriptor EmptyQuietHours =
        Error("LL4014", "Empty quiet hours", "quiet hours from {0} to {0} are empty; give two different times, e.g. 21:00 to 08:00");

    public static readonly DiagnosticDescriptor DuplicateSetting =
        Error("LL4015", "Setting given twice", "duplicate {0} (first at {1}); keep one");

    public static readonly DiagnosticDescriptor InvalidScoreBounds =
        Error("LL4016", "Invalid score bounds", "{0}");

    // ---------------------------------------------------------------- LL5xxx templates
    public static readonly DiagnosticDescriptor LiquidSyntaxError =
        Error("LL5001", "Liquid syntax error", "template {0}, part '{1}': {2}");

    public static readonly DiagnosticDescriptor MissingTemplatePart =
        Error("LL5002", "Missing template part", "{0} template {1} needs a '{2}' part; add {2} \"...\"");

    public static readonly DiagnosticDescriptor TemplatePartNotAllowed =
        Error("LL5003", "Part not allowed for the channel", "{0} templates have no '{1}' part; they have {2}");

    public static readonly DiagnosticDescriptor DuplicateTemplatePart =
        Error("LL5004", "Template part given twice", "template {0} already has a '{1}' part; keep one");

    public static readonly DiagnosticDescriptor InvalidMethod =
        Error("LL5005", "Invalid webhook method", "{0}");

    public static readonly DiagnosticDescriptor TemplateFileNotFound =
        Error("LL5006", "Template file not found", "the file '{0}' does not exist; a template file path is relative to the .journey file that names it ({1})");

    public static readonly DiagnosticDescriptor UnknownTemplateField =
        Error("LL5007", "Unknown field in a template", "{0}.{1} is not a declared {2} field{3}");

    public static readonly DiagnosticDescriptor TemplateEventNotInScope =
        Error("LL5008", "Template uses an event not in scope", "{0}");

    public static readonly DiagnosticDescriptor TemplatePartValue =
        Error("LL5009", "Template part value", "{0}");

    // ---------------------------------------------------------------- LL9xxx warnings
    public static readonly DiagnosticDescriptor UnusedTemplate =
        Warning("LL9001", "Unused template", "template {0} is never sent");

    public static readonly DiagnosticDescriptor UnusedSegment =
        Warning("LL9002", "Unused segment", "segment {0} is never used");

    public static readonly DiagnosticDescriptor UnusedScoreModel =
        Warning("LL9003", "Unused score model", "score model {0} is never used");

    public static readonly DiagnosticDescriptor UnusedEvent =
        Warning("LL9004", "Unused event", "event {0} is never used (no entry, exit, goal, wait, score rule or count refers to it)");

    public static readonly DiagnosticDescriptor StageMovesBackwards =
        Warning("LL9005", "Stage moves backwards", "this moves the contact back from {0} to {1} in funnel {2}; stages usually only move forward");

    public static readonly DiagnosticDescriptor OptionalPrintedWithoutDefault =
        Warning("LL9006", "Optional field printed without default", "{0} is optional; when it is unset this prints nothing. Add '| default: ...' or wrap it in {{% if {0} %}}");

    public static readonly DiagnosticDescriptor FieldShadowsEnumMember =
        Warning("LL9007", "Event field hides an enum member", "'{0}' is both a field of event {1} and a member of {2}; the field is used here. Write {2}.{0} for the member");

    public static readonly DiagnosticDescriptor SlaReentryCycle =
        Warning("LL9008", "Journeys can re-enter forever", "{0}");
}
