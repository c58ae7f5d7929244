// Lexer for LifecycleLang (.journey files). See ../../shared/spec/language.md §2.
//
// Whitespace and comments go to the HIDDEN channel rather than being skipped, so the syntax layer can
// attach them to tokens as trivia and print every file back byte for byte.
// Only the reserved words of the spec are reserved; every other keyword is its own token type here and
// the parser's `name` rule accepts it wherever a name is expected (contextual keywords).
lexer grammar LifecycleLexer;

// ---- reserved words (can never be names) ----
AND: 'and';
OR: 'or';
NOT: 'not';
IN: 'in';
IS: 'is';
IF: 'if';
ELSE: 'else';
TRUE: 'true';
FALSE: 'false';
CONTACT: 'contact';
EVENT: 'event';

// ---- contextual keywords (keywords only where the grammar expects one) ----
SETTINGS: 'settings';
TIMEZONE: 'timezone';
QUIET: 'quiet';
HOURS: 'hours';
HOUR: 'hour';
TO: 'to';
CAP: 'cap';
PER: 'per';
ENUM: 'enum';
FUNNEL: 'funnel';
STAGE: 'stage';
OWNER: 'owner';
SLA: 'sla';
SEGMENT: 'segment';
SCORE: 'score';
ON: 'on';
WHEN: 'when';
WHERE: 'where';
DECAY: 'decay';
EVERY: 'every';
MIN: 'min';
MAX: 'max';
TEMPLATE: 'template';
FILE: 'file';
JOURNEY: 'journey';
ENTRY: 'entry';
EXIT: 'exit';
AT: 'at';
LOCAL: 'local';
GOAL: 'goal';
WITHIN: 'within';
REENTRY: 'reentry';
NEVER: 'never';
ALWAYS: 'always';
AFTER: 'after';
HOLDOUT: 'holdout';
SEND: 'send';
WAIT: 'wait';
UNTIL: 'until';
FOR: 'for';
UP: 'up';
TIMEOUT: 'timeout';
SPLIT: 'split';
SET: 'set';
COUNT: 'count';
NOW: 'now';
TODAY: 'today';
CONTAINS: 'contains';
STARTS_WITH: 'starts_with';
ENDS_WITH: 'ends_with';
LIST: 'list';
SECOND: 'second';
SECONDS: 'seconds';
MINUTE: 'minute';
MINUTES: 'minutes';
DAY: 'day';
DAYS: 'days';
WEEK: 'week';
WEEKS: 'weeks';
MONTH: 'month';
MONTHS: 'months';
YEAR: 'year';
YEARS: 'years';

// ---- punctuation and operators ----
LBRACE: '{';
RBRACE: '}';
LPAREN: '(';
RPAREN: ')';
LBRACKET: '[';
RBRACKET: ']';
COMMA: ',';
COLON: ':';
DOT: '.';
QUESTION_QUESTION: '??';
QUESTION: '?';
EQUALS_EQUALS: '==';
BANG_EQUALS: '!=';
LESS_EQUALS: '<=';
GREATER_EQUALS: '>=';
LESS: '<';
GREATER: '>';
EQUALS: '=';
PLUS: '+';
MINUS: '-';
STAR: '*';
SLASH: '/';

// ---- literals ----
// A time of day is lexed loosely (`9:00` too) so the checker can say "write 09:00" instead of a parse error.
TIME_OF_DAY: DIGIT DIGIT? ':' DIGIT+;
PERCENT: DIGITS ('.' DIGITS)? '%';
NUMBER: DIGITS ('.' DIGITS)?;
TRIPLE_STRING: '"""' .*? '"""';
STRING: '"' (ESCAPE | ~["\\\r\n])* '"';
// An unterminated string ends at the line break so that one missing quote costs one error, not the file.
UNTERMINATED_STRING: '"' (ESCAPE | ~["\\\r\n])*;
// Cannot run past a closing """ (else it would out-match TRIPLE_STRING as the longer token).
UNTERMINATED_TRIPLE_STRING: '"""' (~'"' | '"' ~'"' | '""' ~'"')* '"'? '"'? EOF;

IDENTIFIER: [A-Za-z_] [A-Za-z0-9_]*;

// ---- trivia ----
WHITESPACE: [ \t\f\u00A0\uFEFF]+ -> channel(HIDDEN);
NEWLINE: ('\r\n' | '\r' | '\n') -> channel(HIDDEN);
LINE_COMMENT: '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT: '/*' .*? '*/' -> channel(HIDDEN);
UNTERMINATED_BLOCK_COMMENT: '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(HIDDEN);
// Anything else is kept (so the text still round-trips) and reported once by the syntax layer.
BAD_CHARACTER: . -> channel(HIDDEN);

fragment DIGIT: [0-9];
fragment DIGITS: DIGIT ('_'? DIGIT)*;
fragment ESCAPE: '\\' (["\\nt] | 'u{' [0-9A-Fa-f]+ '}' | ~[\r\n]);
