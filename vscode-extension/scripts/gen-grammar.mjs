// Generates syntaxes/journey.tmLanguage.json, the TextMate grammar for LifecycleLang (.journey).
//
//   node scripts/gen-grammar.mjs          write the grammar
//   node scripts/gen-grammar.mjs --check  fail if the committed grammar is not what this script writes
//
// The grammar is written here rather than by hand so that the regular expressions can share named
// fragments (a name, a number, a duration unit, ...). The authority on tokens and keywords is
// ../grammar/LifecycleLexer.g4 and LifecycleParser.g4 (repository root).
//
// Only `and or not in is if else true false contact event` are reserved. Every other keyword is
// contextual, so it is highlighted as a keyword only where its shape says it is one: `entry on E`,
// `send email T`, `wait 2 days`, `score M +5`, `stage S`, ... A contextual keyword that is followed by
// an operator (`where stage == Convert`) or that stands left of a colon in a field list
// (`email: email?`) stays a name.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'syntaxes', 'journey.tmLanguage.json');

// ---------------------------------------------------------------- fragments
const RESERVED = 'and|or|not|in|is|if|else|true|false|contact|event';
/** A name: any identifier except a reserved word (contextual keywords are names too). */
const NAME = String.raw`(?!(?:${RESERVED})\b)[A-Za-z_][A-Za-z0-9_]*`;
/** Any identifier, reserved or not (field names after `.`). */
const IDENT = String.raw`[A-Za-z_][A-Za-z0-9_]*`;
const INT = String.raw`\d+(?:_\d+)*`;
const NUM = String.raw`\d+(?:_\d+)*(?:\.\d+(?:_\d+)*)?`;
const UNITS = 'seconds?|minutes?|hours?|days?|weeks?';
const BAD_UNITS = 'months?|years?';
/** Lexed loosely like the lexer (`9:00` too) so that the checker, not the colours, reports it. */
const TIME = String.raw`\d{1,2}:\d+`;
const CHANNELS = 'email|sms|push|webhook';
const STEP_KEYWORDS = 'stage|send|wait|if|split|score|set|exit';
/**
 * Put after a contextual keyword that has no other shape to tell it by: it is not a keyword when an
 * operator, an accessor or a closing bracket follows (then it is a field or another name).
 */
const NOT_AN_OPERAND = String.raw`(?!\s*(?:[=!<>?*/.,:)\]]|\b(?:and|or|in|is|contains|starts_with|ends_with)\b|\bnot\s+in\b))`;
/** Where a new top-level declaration starts (ends a segment's expression). */
const DECLARATION_START = String.raw`^\s*(?:(?:settings|contact)\b\s*(?:\{|$|//|/\*)|(?:enum|event|funnel|score)\s+${NAME}\s*(?:\{|$|//|/\*)|segment\s+${NAME}|template\s+${NAME}\s+${NAME}|journey\s+${NAME})`;

const scope = (name) => ({ name });
const caps = (...names) => Object.fromEntries(names.map((n, i) => [String(i + 1), n ? { name: n } : {}]).filter(([, v]) => v.name));
const inc = (...names) => names.map((n) => ({ include: n.startsWith('#') || n.startsWith('$') ? n : `#${n}` }));

/** `KEYWORD NAME { ... }` with the brace on the same line or later; ends after the block. */
function declaration(kind, begin, beginCaptures, bodyPatterns) {
  return {
    name: `meta.declaration.${kind}.journey`,
    begin,
    beginCaptures,
    // Ends after its block, or as soon as something other than the block (or a comment) follows the
    // header, so that a header still being typed does not swallow the rest of the file.
    end: String.raw`(?<=\})|(?=[^\s{/])`,
    patterns: [
      ...inc('comments'),
      {
        name: `meta.block.${kind}.journey`,
        begin: String.raw`\{`,
        beginCaptures: { 0: scope('punctuation.section.block.begin.journey') },
        end: String.raw`\}`,
        endCaptures: { 0: scope('punctuation.section.block.end.journey') },
        patterns: bodyPatterns,
      },
    ],
  };
}

// ---------------------------------------------------------------- Liquid inside strings
/** Liquid inside a string; `stop` is the lookahead that ends it at the string's own end. */
function liquid(suffix, stop, quoted) {
  const inner = [
    ...quoted,
    { name: 'string.quoted.single.liquid', match: String.raw`'[^']*'` },
    {
      match: String.raw`(\|)\s*(${IDENT})?`,
      captures: caps('keyword.operator.pipe.liquid', 'support.function.filter.liquid'),
    },
    { name: 'variable.language.liquid', match: String.raw`\b(?:contact|event|forloop)\b` },
    { match: String.raw`(\.)\s*(${IDENT})`, captures: caps('punctuation.accessor.liquid', 'variable.other.property.liquid') },
    { name: 'keyword.operator.word.liquid', match: String.raw`\b(?:and|or|contains|in)\b` },
    { name: 'keyword.operator.comparison.liquid', match: String.raw`==|!=|<=|>=|<|>` },
    { name: 'constant.language.liquid', match: String.raw`\b(?:true|false|nil|null|empty|blank)\b` },
    { name: 'constant.numeric.liquid', match: String.raw`-?\b\d+(?:\.\d+)?\b` },
    { name: 'punctuation.separator.liquid', match: '[:,]' },
    { name: 'variable.other.liquid', match: String.raw`\b${IDENT}\b` },
  ];
  return {
    [`liquid-output-${suffix}`]: {
      name: 'meta.embedded.liquid.output.journey',
      begin: String.raw`\{\{-?`,
      beginCaptures: { 0: scope('punctuation.section.embedded.begin.liquid') },
      end: String.raw`-?\}\}|${stop}`,
      endCaptures: { 0: scope('punctuation.section.embedded.end.liquid') },
      patterns: inner,
    },
    [`liquid-tag-${suffix}`]: {
      name: 'meta.embedded.liquid.tag.journey',
      begin: String.raw`(\{%-?)\s*(${IDENT})?`,
      beginCaptures: caps('punctuation.section.embedded.begin.liquid', 'keyword.control.liquid'),
      end: String.raw`-?%\}|${stop}`,
      endCaptures: { 0: scope('punctuation.section.embedded.end.liquid') },
      patterns: inner,
    },
  };
}

// ---------------------------------------------------------------- the grammar
const grammar = {
  name: 'LifecycleLang',
  scopeName: 'source.journey',
  fileTypes: ['journey'],
  patterns: inc(
    'comments',
    'settings-declaration',
    'contact-declaration',
    'enum-declaration',
    'event-declaration',
    'funnel-declaration',
    'segment-declaration',
    'score-declaration',
    'template-declaration',
    'journey-declaration',
    'fallback',
  ),
  repository: {
    // ------------------------------------------------------------ trivia
    comments: {
      patterns: [
        {
          name: 'comment.block.journey',
          begin: String.raw`/\*`,
          beginCaptures: { 0: scope('punctuation.definition.comment.begin.journey') },
          end: String.raw`\*/`,
          endCaptures: { 0: scope('punctuation.definition.comment.end.journey') },
        },
        {
          match: String.raw`(//)\s*(#(?:end)?region)\b.*$`,
          name: 'comment.line.double-slash.region.journey',
          captures: caps('punctuation.definition.comment.journey', 'keyword.other.region.journey'),
        },
        {
          name: 'comment.line.double-slash.journey',
          match: String.raw`(//).*$`,
          captures: caps('punctuation.definition.comment.journey'),
        },
      ],
    },

    // ------------------------------------------------------------ strings
    strings: { patterns: inc('string-triple', 'string-double') },
    'string-triple': {
      // Verbatim (no escapes) and may span lines.
      name: 'string.quoted.triple.journey',
      begin: '"""',
      beginCaptures: { 0: scope('punctuation.definition.string.begin.journey') },
      end: '"""',
      endCaptures: { 0: scope('punctuation.definition.string.end.journey') },
      patterns: inc('liquid-output-tq', 'liquid-tag-tq'),
    },
    'string-double': {
      // Ends at the closing quote, or at the line break when it is unterminated (like the lexer).
      name: 'string.quoted.double.journey',
      begin: '"',
      beginCaptures: { 0: scope('punctuation.definition.string.begin.journey') },
      end: '"|$',
      endCaptures: { 0: scope('punctuation.definition.string.end.journey') },
      patterns: inc('string-escapes', 'liquid-output-dq', 'liquid-tag-dq'),
    },
    'string-escapes': {
      patterns: [
        { name: 'constant.character.escape.journey', match: String.raw`\\(?:["\\nt]|u\{[0-9A-Fa-f]+\})` },
        { name: 'invalid.illegal.escape.journey', match: String.raw`\\.` },
      ],
    },
    ...liquid('dq', String.raw`(?=")|$`, [
      ...inc('string-escapes'),
    ]),
    ...liquid('tq', '(?=""")', [{ name: 'string.quoted.double.liquid', match: '"[^"]*"' }]),

    // ------------------------------------------------------------ literals
    literals: {
      patterns: [
        {
          // A duration is a whole number and a unit: one highlight.
          name: 'constant.numeric.duration.journey',
          match: String.raw`\b${INT}\s+(?:${UNITS})\b`,
        },
        {
          // Months and years parse but the checker rejects them (calendar months differ in length).
          name: 'constant.numeric.duration.journey',
          match: String.raw`\b${INT}\s+(${BAD_UNITS})\b`,
          captures: caps('invalid.deprecated.unit.journey'),
        },
        { name: 'constant.numeric.time.journey', match: String.raw`\b${TIME}\b` },
        { name: 'constant.numeric.percent.journey', match: String.raw`\b${NUM}%` },
        { name: 'constant.numeric.journey', match: String.raw`\b${NUM}\b` },
      ],
    },

    // ------------------------------------------------------------ operators and punctuation
    operators: {
      patterns: [
        { name: 'keyword.operator.coalesce.journey', match: String.raw`\?\?` },
        { name: 'keyword.operator.comparison.journey', match: String.raw`==|!=|<=|>=|<|>` },
        { name: 'keyword.operator.assignment.journey', match: '=' },
        { name: 'keyword.operator.arithmetic.journey', match: String.raw`[+\-*/]` },
        { name: 'keyword.operator.optional.journey', match: String.raw`\?` },
      ],
    },
    punctuation: {
      patterns: [
        { name: 'punctuation.separator.comma.journey', match: ',' },
        { name: 'punctuation.separator.colon.journey', match: ':' },
        {
          name: 'meta.brackets.journey',
          begin: String.raw`\[`,
          beginCaptures: { 0: scope('punctuation.section.brackets.begin.journey') },
          end: String.raw`\]`,
          endCaptures: { 0: scope('punctuation.section.brackets.end.journey') },
          patterns: inc('expression'),
        },
        {
          name: 'meta.parens.journey',
          begin: String.raw`\(`,
          beginCaptures: { 0: scope('punctuation.section.parens.begin.journey') },
          end: String.raw`\)`,
          endCaptures: { 0: scope('punctuation.section.parens.end.journey') },
          patterns: inc('expression'),
        },
      ],
    },
    identifiers: {
      // Names have no scope of their own (the language server's semantic tokens colour them); this
      // consumes them whole so that no keyword pattern matches inside one.
      match: String.raw`\b${IDENT}\b`,
    },

    // ------------------------------------------------------------ expressions
    expression: {
      patterns: [
        ...inc('comments', 'strings'),
        {
          name: 'meta.count.journey',
          begin: String.raw`\b(count)\s*(\()\s*(${NAME})?`,
          beginCaptures: caps('keyword.other.count.journey', 'punctuation.section.parens.begin.journey', 'entity.name.type.event.journey'),
          end: String.raw`\)`,
          endCaptures: { 0: scope('punctuation.section.parens.end.journey') },
          patterns: inc('expression'),
        },
        {
          match: String.raw`\b(score)\s+(${NAME})`,
          captures: caps('keyword.other.score.journey', 'entity.name.type.score.journey'),
        },
        { match: String.raw`\b(now|today)\b`, captures: caps('keyword.other.$1.journey') },
        ...inc('literals'),
        {
          match: String.raw`\b(is)\s+(?:(not)\s+)?(set)\b`,
          captures: caps('keyword.operator.word.journey', 'keyword.operator.word.journey', 'keyword.operator.word.journey'),
        },
        { match: String.raw`\b(not)\s+(in)\b`, captures: caps('keyword.operator.word.journey', 'keyword.operator.word.journey') },
        { name: 'keyword.operator.logical.journey', match: String.raw`\b(?:and|or|not)\b` },
        { name: 'keyword.operator.word.journey', match: String.raw`\b(?:in|is|contains|starts_with|ends_with)\b` },
        { name: 'keyword.control.conditional.journey', match: String.raw`\b(?:if|else)\b` },
        { name: 'constant.language.boolean.journey', match: String.raw`\b(?:true|false)\b` },
        { match: String.raw`\b(contact|event)\b`, captures: caps('variable.language.$1.journey') },
        {
          match: String.raw`(\.)\s*(${IDENT})`,
          captures: caps('punctuation.accessor.journey', 'variable.other.property.journey'),
        },
        { match: String.raw`\b(where|when|local)\b${NOT_AN_OPERAND}`, captures: caps('keyword.other.$1.journey') },
        { match: String.raw`\b(within)\b(?=\s*\d)`, captures: caps('keyword.other.within.journey') },
        ...inc('operators', 'punctuation', 'identifiers'),
      ],
    },

    // Shared by `settings` and journeys.
    'quiet-hours': {
      match: String.raw`\b(quiet)\s+(hours)\b(?:\s+(${TIME})\b(?:\s+(to)\b(?:\s+(${TIME})\b)?)?)?`,
      captures: caps(
        'keyword.other.quiet.journey',
        'keyword.other.hours.journey',
        'constant.numeric.time.journey',
        'keyword.other.to.journey',
        'constant.numeric.time.journey',
      ),
    },

    fallback: { patterns: inc('strings', 'literals', 'operators', 'punctuation', 'identifiers') },

    // ------------------------------------------------------------ settings
    'settings-declaration': declaration(
      'settings',
      String.raw`\b(settings)\b(?=\s*(?:\{|$|//|/\*))`,
      caps('keyword.declaration.settings.journey'),
      [
        ...inc('comments', 'strings', 'quiet-hours'),
        { match: String.raw`\b(timezone)\b${NOT_AN_OPERAND}`, captures: caps('keyword.other.timezone.journey') },
        {
          match: String.raw`\b(cap)\s+(?:(${CHANNELS})\b|(${NAME}))(?:\s+(${NUM})\b(?:\s+(per)\b)?)?`,
          captures: caps(
            'keyword.other.cap.journey',
            'support.constant.channel.journey',
            '',
            'constant.numeric.journey',
            'keyword.other.per.journey',
          ),
        },
        ...inc('fallback'),
      ],
    ),

    // ------------------------------------------------------------ contact and events
    'contact-declaration': declaration(
      'contact',
      String.raw`\b(contact)\b(?=\s*(?:\{|$|//|/\*))`,
      caps('keyword.declaration.contact.journey'),
      inc('field-list'),
    ),
    'event-declaration': declaration(
      'event',
      String.raw`\b(event)\b(?:\s+(${NAME}))?`,
      caps('keyword.declaration.event.journey', 'entity.name.type.event.journey'),
      inc('field-list'),
    ),
    'field-list': {
      patterns: [
        ...inc('comments'),
        {
          // The name left of the colon is a field, whatever word it is (`email: email?`).
          match: String.raw`(?<![\w.])(${IDENT})\s*(:)`,
          captures: caps('variable.other.property.field.journey', 'punctuation.separator.colon.journey'),
        },
        { name: 'support.type.primitive.list.journey', match: String.raw`\blist\b(?=\s*<)` },
        {
          name: 'support.type.primitive.journey',
          match: String.raw`\b(?:text|int|number|bool|date|datetime|email|phone|timezone|template)\b`,
        },
        { name: 'punctuation.definition.typeparameters.begin.journey', match: '<' },
        { name: 'punctuation.definition.typeparameters.end.journey', match: '>' },
        { name: 'keyword.operator.optional.journey', match: String.raw`\?` },
        { name: 'punctuation.separator.comma.journey', match: ',' },
        { name: 'entity.name.type.journey', match: String.raw`\b${NAME}\b` },
      ],
    },

    // ------------------------------------------------------------ enums
    'enum-declaration': declaration(
      'enum',
      String.raw`\b(enum)\s+(${NAME})`,
      caps('keyword.declaration.enum.journey', 'entity.name.type.enum.journey'),
      [
        ...inc('comments'),
        { name: 'variable.other.enummember.journey', match: String.raw`\b${IDENT}\b` },
        { name: 'punctuation.separator.comma.journey', match: ',' },
      ],
    ),

    // ------------------------------------------------------------ funnels
    'funnel-declaration': declaration(
      'funnel',
      String.raw`\b(funnel)\s+(${NAME})`,
      caps('keyword.declaration.funnel.journey', 'entity.name.type.funnel.journey'),
      [
        ...inc('comments'),
        {
          match: String.raw`\b(stage)\s+(${NAME})`,
          captures: caps('keyword.declaration.stage.journey', 'entity.name.type.stage.journey'),
        },
        {
          match: String.raw`\b(owner)\s+(${NAME})`,
          captures: caps('keyword.other.owner.journey', 'variable.other.owner.journey'),
        },
        { match: String.raw`\b(sla)\b(?=\s*\d)`, captures: caps('keyword.other.sla.journey') },
        ...inc('fallback'),
      ],
    ),

    // ------------------------------------------------------------ segments
    'segment-declaration': {
      name: 'meta.declaration.segment.journey',
      begin: String.raw`\b(segment)\b(?:\s+(${NAME}))?`,
      beginCaptures: caps('keyword.declaration.segment.journey', 'entity.name.type.segment.journey'),
      // The condition may span lines; it ends where the next declaration starts.
      end: String.raw`(?=${DECLARATION_START})`,
      patterns: inc('expression'),
    },

    // ------------------------------------------------------------ score models
    'score-declaration': declaration(
      'score',
      String.raw`\b(score)\s+(${NAME})(?=\s*(?:\{|$|//|/\*))`,
      caps('keyword.declaration.score.journey', 'entity.name.type.score.journey'),
      [
        ...inc('comments'),
        {
          // A rule starts with a signed number and `on`/`when` (that is what ends the previous one).
          match: String.raw`([+-]\s*${NUM})\s+(on)\s+(${NAME})`,
          captures: caps('constant.numeric.journey', 'keyword.other.on.journey', 'entity.name.type.event.journey'),
        },
        {
          match: String.raw`([+-]\s*${NUM})\s+(when)\b`,
          captures: caps('constant.numeric.journey', 'keyword.other.when.journey'),
        },
        {
          match: String.raw`\b(decay)\s+(${NUM})\s+(every)\b`,
          captures: caps('keyword.other.decay.journey', 'constant.numeric.journey', 'keyword.other.every.journey'),
        },
        { match: String.raw`\b(decay|every)\b(?=\s*\d)`, captures: caps('keyword.other.$1.journey') },
        {
          match: String.raw`\b(min|max)\s+([+-]?\s*${NUM})`,
          captures: caps('keyword.other.$1.journey', 'constant.numeric.journey'),
        },
        ...inc('expression'),
      ],
    ),

    // ------------------------------------------------------------ templates
    'template-declaration': declaration(
      'template',
      String.raw`\b(template)\b(?:\s+(${NAME})(?:\s+(?:(${CHANNELS})\b|(${NAME})))?)?`,
      caps(
        'keyword.declaration.template.journey',
        'entity.name.type.template.journey',
        'support.constant.channel.journey',
        'variable.other.channel.journey',
      ),
      [
        ...inc('comments', 'strings'),
        {
          match: String.raw`\b(method)\s+(GET|POST|PUT|PATCH|DELETE)\b`,
          captures: caps('entity.other.attribute-name.journey', 'constant.language.http-method.journey'),
        },
        {
          match: String.raw`\b(${NAME})\s+(file)\b`,
          captures: caps('entity.other.attribute-name.journey', 'keyword.other.file.journey'),
        },
        { match: String.raw`\b(file)\b(?=\s*")`, captures: caps('keyword.other.file.journey') },
        {
          match: String.raw`\b(${NAME})\b(?=\s*(?:"|$|//|/\*))`,
          captures: caps('entity.other.attribute-name.journey'),
        },
        ...inc('fallback'),
      ],
    ),

    // ------------------------------------------------------------ journeys
    'journey-declaration': declaration(
      'journey',
      String.raw`\b(journey)\b(?:\s+(${NAME}))?`,
      caps('keyword.declaration.journey.journey', 'entity.name.type.journey.journey'),
      inc('journey-body'),
    ),
    'journey-block': {
      name: 'meta.block.journey',
      begin: String.raw`\{`,
      beginCaptures: { 0: scope('punctuation.section.block.begin.journey') },
      end: String.raw`\}`,
      endCaptures: { 0: scope('punctuation.section.block.end.journey') },
      patterns: inc('journey-body'),
    },
    'journey-body': {
      patterns: [
        ...inc('comments', 'strings', 'journey-block'),
        {
          // `label: step` (a label is followed by a step keyword, or stands first on its line).
          match: String.raw`(?<![\w.])(${NAME})\s*(:)(?=\s*(?:${STEP_KEYWORDS})\b)|^\s*(${NAME})\s*(:)`,
          captures: caps(
            'entity.name.label.journey',
            'punctuation.separator.label.journey',
            'entity.name.label.journey',
            'punctuation.separator.label.journey',
          ),
        },
        // ---- clauses
        {
          match: String.raw`\b(entry|exit)\s+(on)\s+(${NAME})`,
          captures: caps('keyword.other.$1.journey', 'keyword.other.on.journey', 'entity.name.type.event.journey'),
        },
        {
          match: String.raw`\b(entry|exit)\s+(when)\b`,
          captures: caps('keyword.other.$1.journey', 'keyword.other.when.journey'),
        },
        { match: String.raw`\b(entry)\s+(at)\b`, captures: caps('keyword.other.entry.journey', 'keyword.other.at.journey') },
        {
          match: String.raw`\b(goal)\s+(${NAME})`,
          captures: caps('keyword.other.goal.journey', 'entity.name.type.event.journey'),
        },
        {
          match: String.raw`\b(reentry)\s+(never|always|after)\b`,
          captures: caps('keyword.other.reentry.journey', 'keyword.other.$2.journey'),
        },
        {
          match: String.raw`\b(holdout)\s+(${NUM}%)`,
          captures: caps('keyword.other.holdout.journey', 'constant.numeric.percent.journey'),
        },
        ...inc('quiet-hours'),
        {
          match: String.raw`\b(funnel)\s+(${NAME})`,
          captures: caps('keyword.other.funnel.journey', 'entity.name.type.funnel.journey'),
        },
        // ---- steps
        {
          match: String.raw`\b(stage)\s+(${NAME})`,
          captures: caps('keyword.control.stage.journey', 'entity.name.type.stage.journey'),
        },
        {
          match: String.raw`\b(send)\s+(?:(${CHANNELS})\b|(${NAME}))(?:\s+(${NAME}))?`,
          captures: caps(
            'keyword.control.send.journey',
            'support.constant.channel.journey',
            'variable.other.channel.journey',
            'entity.name.type.template.journey',
          ),
        },
        {
          match: String.raw`\b(wait)\s+(until)\b(?:\s+(${TIME})\b(?:\s+(local)\b)?)?`,
          captures: caps('keyword.control.wait.journey', 'keyword.control.until.journey', 'constant.numeric.time.journey', 'keyword.other.local.journey'),
        },
        {
          match: String.raw`\b(wait)\s+(for)\b(?:\s+((?!up\s+to\b)${NAME}))?`,
          captures: caps('keyword.control.wait.journey', 'keyword.control.for.journey', 'entity.name.type.event.journey'),
        },
        {
          match: String.raw`\b(wait)\s+(up)\s+(to)\b`,
          captures: caps('keyword.control.wait.journey', 'keyword.control.up.journey', 'keyword.control.to.journey'),
        },
        { match: String.raw`\b(up)\s+(to)\b(?=\s*\d)`, captures: caps('keyword.control.up.journey', 'keyword.control.to.journey') },
        { match: String.raw`\b(wait)\b(?=\s*\d)`, captures: caps('keyword.control.wait.journey') },
        { match: String.raw`\b(split)\b(?=\s*(?:\{|$|//|/\*))`, captures: caps('keyword.control.split.journey') },
        {
          // A split arm: `Story 70% { ... }`.
          match: String.raw`(?<![\w.])(${NAME})\s+(${NUM}%)`,
          captures: caps('entity.name.section.arm.journey', 'constant.numeric.percent.journey'),
        },
        {
          match: String.raw`\b(score)\s+(${NAME})\s*([+-]\s*${NUM})`,
          captures: caps('keyword.control.score.journey', 'entity.name.type.score.journey', 'constant.numeric.journey'),
        },
        {
          match: String.raw`\b(set)\s+(contact)\s*(\.)\s*(${IDENT})`,
          captures: caps(
            'keyword.control.set.journey',
            'variable.language.contact.journey',
            'punctuation.accessor.journey',
            'variable.other.property.journey',
          ),
        },
        { match: String.raw`\b(timeout)\b(?=\s*(?:\{|$|//|/\*))`, captures: caps('keyword.control.timeout.journey') },
        {
          // An arm of `wait up to D { on E [where C] { ... } }`.
          match: String.raw`\b(on)\s+(${NAME})`,
          captures: caps('keyword.other.on.journey', 'entity.name.type.event.journey'),
        },
        { match: String.raw`\b(exit)\b${NOT_AN_OPERAND}`, captures: caps('keyword.control.exit.journey') },
        // ---- a clause or step keyword alone on its line, before the rest of it is typed
        {
          match: String.raw`^\s*(entry|goal|reentry|holdout)(?:\s+(on|when|at))?\b(?=\s*(?:$|//|/\*))`,
          captures: caps('keyword.other.$1.journey', 'keyword.other.$2.journey'),
        },
        {
          match: String.raw`^\s*(stage|send|wait|split|score|set)\b(?=\s*(?:$|//|/\*))`,
          captures: caps('keyword.control.$1.journey'),
        },
        ...inc('expression'),
      ],
    },
  },
};

const text = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    /* missing */
  }
  if (current !== text) {
    console.error('syntaxes/journey.tmLanguage.json is out of date: run `node scripts/gen-grammar.mjs`');
    process.exit(1);
  }
  console.log('grammar: syntaxes/journey.tmLanguage.json is up to date');
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
