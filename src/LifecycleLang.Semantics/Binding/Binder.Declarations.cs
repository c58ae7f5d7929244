using LifecycleLang.Semantics.Checking;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Semantics.Binding;

/// <summary>Passes 1 and 2: declare every symbol (one namespace per kind), then resolve field types.</summary>
internal sealed partial class Binder
{
    private readonly List<(ContactSymbol Symbol, SourceText Source)> _contactDeclarations = [];
    private readonly List<(EventSymbol Symbol, SourceText Source)> _eventDeclarations = [];
    private readonly List<(SettingsDeclarationSyntax Syntax, SourceText Source)> _settingsDeclarations = [];
    private readonly HashSet<string> _allEnumMembers = new(StringComparer.Ordinal);

    private void Declare(DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case ContactDeclarationSyntax contact:
                DeclareContact(contact);
                break;
            case SettingsDeclarationSyntax settings:
                if (_symbols.Settings.Syntax is not null)
                {
                    Report(DiagnosticCatalog.DuplicateSettings, settings.SettingsKeyword.Span, Where(_symbols.Settings.Location));
                    break;
                }

                _symbols.Settings = new WorkspaceSettings(Here(settings.SettingsKeyword.Span), settings);
                AddDeclaration(_symbols.Settings, settings);
                _settingsDeclarations.Add((settings, _source));
                break;
            case EnumDeclarationSyntax e:
                DeclareEnum(e);
                break;
            case EventDeclarationSyntax e:
                DeclareEvent(e);
                break;
            case FunnelDeclarationSyntax f:
                DeclareFunnel(f);
                break;
            case SegmentDeclarationSyntax s when !IsMissing(s.Name):
                DeclareNamed(s.Name, "segment", new SegmentSymbol(s.Name.Text, Here(s.Name.Span), s), s, _symbols.GetSegment(s.Name.Text), _symbols.AddSegment);
                break;
            case ScoreDeclarationSyntax s when !IsMissing(s.Name):
                DeclareNamed(s.Name, "score model", new ScoreModelSymbol(s.Name.Text, Here(s.Name.Span), s), s, _symbols.GetScoreModel(s.Name.Text), _symbols.AddScoreModel);
                break;
            case TemplateDeclarationSyntax t when !IsMissing(t.Name):
                DeclareNamed(t.Name, "template", new TemplateSymbol(t.Name.Text, Here(t.Name.Span), t), t, _symbols.GetTemplate(t.Name.Text), _symbols.AddTemplate);
                break;
            case JourneyDeclarationSyntax j when !IsMissing(j.Name):
                DeclareNamed(j.Name, "journey", new JourneySymbol(j.Name.Text, Here(j.Name.Span), j), j, _symbols.GetJourney(j.Name.Text), _symbols.AddJourney);
                break;
        }
    }

    private bool DeclareNamed<T>(SyntaxToken name, string kind, T symbol, SyntaxNode syntax, T? existing, Func<T, bool> add)
        where T : Symbol
    {
        if (existing is not null)
        {
            if (existing.IsBuiltIn)
            {
                Report(DiagnosticCatalog.BuiltInNameConflict, name.Span, name.Text, $"a built-in {kind}");
            }
            else
            {
                Report(DiagnosticCatalog.DuplicateDeclaration, name.Span, kind, name.Text, Where(existing.Location));
            }

            return false;
        }

        add(symbol);
        AddDeclaration(symbol, syntax);
        return true;
    }

    private void DeclareContact(ContactDeclarationSyntax contact)
    {
        if (_symbols.Contact.Syntax is not null)
        {
            Report(DiagnosticCatalog.DuplicateContact, contact.ContactKeyword.Span, Where(_symbols.Contact.Location));
            return;
        }

        _symbols.Contact = new ContactSymbol(Here(contact.ContactKeyword.Span), contact);
        AddDeclaration(_symbols.Contact, contact);
        _contactDeclarations.Add((_symbols.Contact, _source));
    }

    private void DeclareEnum(EnumDeclarationSyntax syntax)
    {
        if (IsMissing(syntax.Name))
        {
            return;
        }

        var name = syntax.Name.Text;
        var symbol = new EnumSymbol(name, Here(syntax.Name.Span), syntax);
        var registered = false;
        if (LifecycleType.FromBuiltInName(name) is not null || name == "list")
        {
            Report(DiagnosticCatalog.BuiltInNameConflict, syntax.Name.Span, name, "a built-in type");
        }
        else
        {
            registered = DeclareNamed(syntax.Name, "enum", symbol, syntax, _symbols.GetEnum(name), _symbols.AddEnum);
        }

        // Members are read even for a rejected duplicate so that their own mistakes are reported too.
        foreach (var member in syntax.Members)
        {
            if (IsMissing(member.Name))
            {
                continue;
            }

            var added = symbol.AddMember(member.Name.Text, Here(member.Name.Span), out var isNew);
            if (!isNew)
            {
                Report(DiagnosticCatalog.DuplicateEnumMember, member.Name.Span, name, member.Name.Text);
            }
            else if (registered)
            {
                AddDeclaration(added, member);
                _allEnumMembers.Add(added.Name);
            }
        }
    }

    private void DeclareEvent(EventDeclarationSyntax syntax)
    {
        if (IsMissing(syntax.Name))
        {
            return;
        }

        var symbol = new EventSymbol(syntax.Name.Text, Here(syntax.Name.Span), syntax);
        if (DeclareNamed(syntax.Name, "event", symbol, syntax, _symbols.GetEvent(syntax.Name.Text), _symbols.AddEvent))
        {
            _eventDeclarations.Add((symbol, _source));
        }
    }

    private void DeclareFunnel(FunnelDeclarationSyntax syntax)
    {
        if (IsMissing(syntax.Name))
        {
            return;
        }

        var funnel = new FunnelSymbol(syntax.Name.Text, Here(syntax.Name.Span), syntax);
        var registered = DeclareNamed(syntax.Name, "funnel", funnel, syntax, _symbols.GetFunnel(syntax.Name.Text), _symbols.AddFunnel);
        foreach (var stage in syntax.Stages)
        {
            if (IsMissing(stage.Name))
            {
                continue;
            }

            string? owner = null;
            TimeSpan? sla = null;
            SourceLocation? ownerAt = null;
            SourceLocation? slaAt = null;
            foreach (var attribute in stage.Attributes)
            {
                switch (attribute)
                {
                    case OwnerAttributeSyntax o:
                        if (ownerAt is not null)
                        {
                            Report(DiagnosticCatalog.DuplicateSetting, o.Span, "owner of stage " + stage.Name.Text, Where(ownerAt));
                            break;
                        }

                        ownerAt = Here(o.Span);
                        owner = IsMissing(o.Owner) ? null : o.Owner.Text;
                        break;
                    case SlaAttributeSyntax s:
                        if (slaAt is not null)
                        {
                            Report(DiagnosticCatalog.DuplicateSetting, s.Span, "sla of stage " + stage.Name.Text, Where(slaAt));
                            break;
                        }

                        slaAt = Here(s.Span);
                        sla = ReadDuration(s.Duration);
                        break;
                }
            }

            var symbol = new StageSymbol(stage.Name.Text, Here(stage.Name.Span), stage, funnel, funnel.Stages.Length, owner, sla);
            if (!funnel.TryAddStage(symbol))
            {
                Report(DiagnosticCatalog.DuplicateStage, stage.Name.Span, funnel.Name, stage.Name.Text);
            }
            else if (registered)
            {
                AddDeclaration(symbol, stage);
            }
        }
    }

    // ------------------------------------------------------------------ pass 2: fields

    private void ResolveFields()
    {
        foreach (var (contact, source) in _contactDeclarations)
        {
            _source = source;
            contact.SetFields(DeclareFields(contact, contact.Syntax!.Fields, "contact", allowTemplate: false));
        }

        foreach (var (e, source) in _eventDeclarations)
        {
            _source = source;
            e.SetFields(DeclareFields(e, e.Syntax!.Fields, "event " + e.Name, allowTemplate: true));
        }
    }

    private List<FieldSymbol> DeclareFields(Symbol container, IEnumerable<FieldDeclarationSyntax> fields, string what, bool allowTemplate)
    {
        var result = new List<FieldSymbol>();
        var seen = new Dictionary<string, FieldSymbol>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (IsMissing(field.Name))
            {
                continue;
            }

            var name = field.Name.Text;
            var type = ResolveType(field.Type, allowTemplate);
            if (field.QuestionMark is not null)
            {
                type = type.AsOptional();
            }

            if (container is ContactSymbol && name == "id")
            {
                Report(DiagnosticCatalog.DuplicateField, field.Name.Span, what, name, " (every contact has an implicit 'id: text'; remove this field)");
                continue;
            }

            if (seen.TryGetValue(name, out var existing))
            {
                Report(DiagnosticCatalog.DuplicateField, field.Name.Span, what, name, $" (declared at {Where(existing.Location)})");
                continue;
            }

            var symbol = new FieldSymbol(name, Here(field.Name.Span), container, field, type);
            seen[name] = symbol;
            result.Add(symbol);
            AddDeclaration(symbol, field);
        }

        return result;
    }

    private LifecycleType ResolveType(TypeSyntax syntax, bool allowTemplate)
    {
        switch (syntax)
        {
            case ListTypeSyntax list:
                var element = ResolveType(list.ElementType, allowTemplate);
                return element.IsError ? LifecycleType.Error : LifecycleType.ListOf(element);
            case NamedTypeSyntax named when !IsMissing(named.Name):
                var name = named.Name.Text;
                if (LifecycleType.FromBuiltInName(name) is { } builtIn)
                {
                    if (builtIn.Kind == TypeKind.Template && !allowTemplate)
                    {
                        Report(DiagnosticCatalog.InvalidFieldType, named.Name.Span,
                            "the type 'template' is only for fields of events (like message_clicked.template); store a template's name as text");
                        return LifecycleType.Error;
                    }

                    return builtIn;
                }

                if (_symbols.GetEnum(name) is { } e)
                {
                    AddReference(e, named.Name);
                    return LifecycleType.EnumOf(e);
                }

                var suggestion = NameSuggester.Suggest(name, LifecycleType.BuiltInNames.Where(n => allowTemplate || n != "template").Concat(_symbols.Enums.Select(x => x.Name)));
                Report(DiagnosticCatalog.UnknownType, named.Name.Span, SuggestionFix(named.Name, suggestion), name, NameSuggester.Hint(suggestion));
                return LifecycleType.Error;
            default:
                return LifecycleType.Error;
        }
    }
}
