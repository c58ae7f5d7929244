using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Fluid;
using LifecycleLang.Semantics.Checking;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Semantics.Templates;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Semantics.Binding;

/// <summary>
/// Templates (language.md §3): channel, parts required/allowed per channel, `method`, and the Liquid of
/// every part parsed with Fluid — inline strings and `file` bodies — with every `contact.X` / `event.X` checked.
/// </summary>
internal sealed partial class Binder
{
    // FluidParser is immutable after construction and safe to share between threads.
    private static readonly FluidParser LiquidParser = new();

    private static readonly Regex FluidPosition = new(@" at \((?<line>\d+):(?<column>\d+)\)", RegexOptions.CultureInvariant);

    private static readonly string[] HttpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    /// <summary>Where each template's Liquid reads `event.X`; at each send these become references to the field of the event in scope there.</summary>
    private readonly Dictionary<TemplateSymbol, List<(string Name, SourceLocation Location)>> _templateEventUses = new(ReferenceEqualityComparer.Instance);

    private readonly HashSet<(Symbol, SourceLocation)> _templateEventReferences = [];

    private static (string[] Required, string[] Optional) PartsOf(Channel channel) => channel switch
    {
        Channel.Email => (["subject", "body"], ["from"]),
        Channel.Sms => (["text"], []),
        Channel.Push => (["title", "text"], []),
        _ => (["url"], ["body", "method"]),
    };

    private void BindTemplate(TemplateSymbol template)
    {
        _source = template.Location!.Source;
        var syntax = template.Syntax;
        if (!IsMissing(syntax.Channel))
        {
            template.Channel = ChannelFacts.Parse(syntax.Channel.Text);
            if (template.Channel is null)
            {
                var suggestion = NameSuggester.Suggest(syntax.Channel.Text, ChannelFacts.Names);
                Report(DiagnosticCatalog.UnknownChannel, syntax.Channel.Span, SuggestionFix(syntax.Channel, suggestion), syntax.Channel.Text, NameSuggester.Hint(suggestion));
            }
        }

        var channel = template.Channel;
        var allowed = channel is { } c ? PartsOf(c) : (Required: [], Optional: []);
        var channelName = channel is { } known ? ChannelFacts.ToName(known) : syntax.Channel.Text;
        var parts = ImmutableArray.CreateBuilder<TemplatePart>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var contactFields = new List<FieldSymbol>();
        var eventFields = new List<string>();
        foreach (var part in syntax.Parts)
        {
            if (IsMissing(part.Name))
            {
                continue;
            }

            var name = part.Name.Text;
            if (!seen.Add(name))
            {
                Report(DiagnosticCatalog.DuplicateTemplatePart, part.Name.Span, template.Name, name);
                continue;
            }

            if (channel is not null && !allowed.Required.Contains(name) && !allowed.Optional.Contains(name))
            {
                var has = string.Join(", ", allowed.Required.Concat(allowed.Optional));
                var suggestion = NameSuggester.Suggest(name, allowed.Required.Concat(allowed.Optional));
                Report(DiagnosticCatalog.TemplatePartNotAllowed, part.Name.Span, SuggestionFix(part.Name, suggestion), channelName, name, has + NameSuggester.Hint(suggestion));
            }

            var location = Here(part.Name.Span);
            switch (part.Value)
            {
                case NameTemplateValueSyntax bare:
                    if (name == "method")
                    {
                        CheckMethod(bare.Name, bare.Name.Text, quoted: false);
                    }
                    else if (!IsMissing(bare.Name))
                    {
                        Report(DiagnosticCatalog.TemplatePartValue, bare.Name.Span, ReplaceFix("Quote it", bare.Name.Span, StringLiterals.Quote(bare.Name.Text)),
                            $"the {name} of a template is text; write it as a string: {name} \"{bare.Name.Text}\"");
                    }

                    parts.Add(new TemplatePart(name, TemplatePartKind.Name, null, null, IsMissing(bare.Name) ? null : bare.Name.Text, location));
                    break;
                case StringTemplateValueSyntax inline when IsMissing(inline.Value):
                    break;
                case StringTemplateValueSyntax inline:
                {
                    var text = StringValue(inline.Value);
                    if (name == "method")
                    {
                        CheckMethod(inline.Value, text, quoted: true);
                        parts.Add(new TemplatePart(name, TemplatePartKind.Name, null, null, text, location));
                        break;
                    }

                    CheckLiquid(template, name, text, TextMap.ForString(_source, inline.Value), contactFields, eventFields);
                    parts.Add(new TemplatePart(name, TemplatePartKind.Inline, text, null, null, location));
                    break;
                }

                case FileTemplateValueSyntax file:
                {
                    if (IsMissing(file.Path))
                    {
                        break;
                    }

                    var relative = StringValue(file.Path);
                    var path = ResolveTemplatePath(relative);
                    var content = _options.ReadFile(path);
                    if (content is null)
                    {
                        Report(DiagnosticCatalog.TemplateFileNotFound, file.Path.Span, relative, Path.GetFileName(_source.Path));
                    }
                    else if (name != "method")
                    {
                        var saved = _source;
                        CheckLiquid(template, name, content, TextMap.ForFile(new SourceText(content, path)), contactFields, eventFields);
                        _source = saved;
                    }

                    parts.Add(new TemplatePart(name, TemplatePartKind.File, content, path, null, location));
                    break;
                }
            }
        }

        foreach (var required in allowed.Required)
        {
            if (!seen.Contains(required))
            {
                Report(DiagnosticCatalog.MissingTemplatePart, syntax.Name.Span, channelName, template.Name, required);
            }
        }

        template.Parts = parts.ToImmutable();
        template.Method = channel == Channel.Webhook ? template.GetPart("method")?.Value ?? "POST" : null;
        template.ContactFields = [.. contactFields.Distinct()];
        template.EventFields = [.. eventFields.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A `file` path is relative to the .journey file that names it.</summary>
    private string ResolveTemplatePath(string relative)
    {
        if (Path.IsPathRooted(relative))
        {
            return relative;
        }

        var directory = Path.GetDirectoryName(_source.Path);
        var combined = string.IsNullOrEmpty(directory) ? relative : Path.Combine(directory, relative);
        return combined.Replace('\\', '/');
    }

    private void CheckMethod(SyntaxToken token, string value, bool quoted)
    {
        if (IsMissing(token))
        {
            return;
        }

        var upper = value.ToUpperInvariant();
        var valid = HttpMethods.Contains(value);
        if (valid && !quoted)
        {
            return;
        }

        if (quoted)
        {
            var fix = HttpMethods.Contains(upper) ? ReplaceFix($"Write {upper}", token.Span, upper) : null;
            Report(DiagnosticCatalog.InvalidMethod, token.Span, fix, $"write the method as a bare word without quotes, one of GET, POST, PUT, PATCH, DELETE: method {(HttpMethods.Contains(upper) ? upper : "POST")}");
            return;
        }

        var suggestion = HttpMethods.Contains(upper) ? upper : NameSuggester.Suggest(upper, HttpMethods);
        Report(DiagnosticCatalog.InvalidMethod, token.Span, SuggestionFix(token, suggestion),
            $"'{value}' is not a webhook method; use GET, POST, PUT, PATCH or DELETE{NameSuggester.Hint(suggestion)}");
    }

    private void CheckLiquid(TemplateSymbol template, string part, string text, TextMap map, List<FieldSymbol> contactFields, List<string> eventFields)
    {
        if (!LiquidParser.TryParse(text, out var parsed, out var error))
        {
            var (offset, message) = LocateLiquidError(text, error ?? "invalid Liquid");
            var span = offset < text.Length ? map.ToSource(offset, offset + 1) : map.ToSource(text.Length, text.Length);
            _diagnostics.Report(DiagnosticCatalog.LiquidSyntaxError, map.Source, span, template.Name, part, message);
            return;
        }

        var collector = new LiquidReferenceCollector();
        collector.Collect(parsed);
        if (collector.References.Count == 0)
        {
            return;
        }

        var occurrences = LiquidOccurrenceScanner.Scan(text);
        foreach (var reference in collector.References)
        {
            var occurrence = occurrences.FirstOrDefault(o => !o.Used && o.Root == reference.Root && o.Name == reference.Name);
            if (occurrence is not null)
            {
                occurrence.Used = true;
            }

            var nameSpan = occurrence is null ? map.ToSource(0, 0) : map.ToSource(occurrence.NameStart, occurrence.End);
            var pathSpan = occurrence is null ? nameSpan : map.ToSource(occurrence.Start, occurrence.End);
            var optional = false;
            if (reference.Root == "contact")
            {
                var field = _symbols.Contact.GetField(reference.Name);
                if (field is null)
                {
                    var suggestion = NameSuggester.Suggest(reference.Name, _symbols.Contact.Fields.Select(f => f.Name));
                    var fix = suggestion is null ? null : CodeFix.Replace($"Change to '{suggestion}'", new TextEdit(map.Source, nameSpan, suggestion));
                    _diagnostics.Report(DiagnosticCatalog.UnknownTemplateField, map.Source, nameSpan, fix, "contact", reference.Name, "contact", NameSuggester.Hint(suggestion));
                    continue;
                }

                _references.Add(new SymbolReference(field, new SourceLocation(map.Source, nameSpan), IsDeclaration: false));
                contactFields.Add(field);
                optional = field.IsOptional;
            }
            else
            {
                var declaring = _symbols.Events.Select(e => e.GetField(reference.Name)).OfType<FieldSymbol>().ToList();
                if (declaring.Count == 0)
                {
                    var suggestion = NameSuggester.Suggest(reference.Name, _symbols.Events.SelectMany(e => e.Fields).Select(f => f.Name).Distinct());
                    var fix = suggestion is null ? null : CodeFix.Replace($"Change to '{suggestion}'", new TextEdit(map.Source, nameSpan, suggestion));
                    _diagnostics.Report(DiagnosticCatalog.UnknownTemplateField, map.Source, nameSpan, fix, "event", reference.Name, "event", NameSuggester.Hint(suggestion));
                    continue;
                }

                // Checked again at each send against the event in scope there (no event has it: reported once, here).
                eventFields.Add(reference.Name);
                if (!_templateEventUses.TryGetValue(template, out var uses))
                {
                    uses = [];
                    _templateEventUses[template] = uses;
                }

                uses.Add((reference.Name, new SourceLocation(map.Source, nameSpan)));

                optional = declaring.Any(f => f.IsOptional);
            }

            if (optional && reference.IsPrinted && !reference.HasDefault && !reference.IsGuarded)
            {
                var path = $"{reference.Root}.{reference.Name}";
                var fix = occurrence is null ? null : CodeFix.Replace("Add | default: ''", new TextEdit(map.Source, new TextSpan(pathSpan.End, 0), " | default: ''"));
                _diagnostics.Report(DiagnosticCatalog.OptionalPrintedWithoutDefault, map.Source, pathSpan, fix, path);
            }
        }
    }

    /// <summary>Fluid reports "message at (line:column)\nSource: …": keep the message, turn the position into an offset.</summary>
    private static (int Offset, string Message) LocateLiquidError(string text, string error)
    {
        var message = error;
        var sourceAt = message.IndexOf("\nSource:", StringComparison.Ordinal);
        if (sourceAt >= 0)
        {
            message = message[..sourceAt];
        }

        var offset = 0;
        var match = FluidPosition.Match(message);
        if (match.Success)
        {
            message = message[..match.Index] + message[(match.Index + match.Length)..];
            var line = int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var column = int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var lineStart = 0;
            for (var l = 1; l < line && lineStart < text.Length; l++)
            {
                var next = text.IndexOf('\n', lineStart);
                lineStart = next < 0 ? text.Length : next + 1;
            }

            offset = Math.Min(lineStart + Math.Max(column - 1, 0), text.Length);
        }

        return (offset, message.Trim());
    }
}
