// Parser for LifecycleLang (.journey files). See ../../shared/spec/language.md.
//
// The parse tree never leaves the syntax layer: SyntaxTreeBuilder turns it into LifecycleLang's own
// immutable syntax tree. Rules are written without left recursion, one rule per precedence level, so
// that SLL prediction succeeds on nearly every input and the tree builder maps rules to nodes 1:1.
// The grammar is deliberately a little wider than the language (e.g. clauses and steps may interleave,
// any name may be a channel or a template part): the checker gives those cases precise messages.
parser grammar LifecycleParser;

options { tokenVocab = LifecycleLexer; }

compilationUnit: declaration* EOF;

declaration
    : settingsDeclaration
    | contactDeclaration
    | enumDeclaration
    | eventDeclaration
    | funnelDeclaration
    | segmentDeclaration
    | scoreDeclaration
    | templateDeclaration
    | journeyDeclaration
    ;

// ---------------------------------------------------------------- settings
settingsDeclaration: SETTINGS LBRACE setting* RBRACE;

setting
    : TIMEZONE string                               # timezoneSetting
    | quietHours                                    # quietHoursSetting
    | CAP name number PER duration                  # capSetting
    ;

quietHours: QUIET HOURS TIME_OF_DAY TO TIME_OF_DAY;

// ---------------------------------------------------------------- schema
contactDeclaration: CONTACT LBRACE fieldDeclaration* RBRACE;

eventDeclaration: EVENT name LBRACE fieldDeclaration* RBRACE;

fieldDeclaration: name COLON type QUESTION? COMMA?;

type
    : LIST LESS type GREATER                        # listType
    | name                                          # namedType
    ;

enumDeclaration: ENUM name LBRACE enumMember* RBRACE;

enumMember: name COMMA?;

// ---------------------------------------------------------------- funnels
funnelDeclaration: FUNNEL name LBRACE stageDeclaration* RBRACE;

stageDeclaration: STAGE name stageAttribute*;

stageAttribute
    : OWNER name                                    # ownerAttribute
    | SLA duration                                  # slaAttribute
    ;

// ---------------------------------------------------------------- segments and scores
segmentDeclaration: SEGMENT name EQUALS expression;

scoreDeclaration: SCORE name LBRACE scoreItem* RBRACE;

scoreItem
    : signedNumber ON name whereClause?             # scoreEventRule
    | signedNumber WHEN expression                  # scoreFitRule
    | DECAY number EVERY duration                   # scoreDecay
    | (MIN | MAX) signedNumber                      # scoreBound
    ;

signedNumber: (PLUS | MINUS)? number;

// ---------------------------------------------------------------- templates
templateDeclaration: TEMPLATE name name LBRACE templatePart* RBRACE;

templatePart: name templateValue;

templateValue
    : string                                        # stringTemplateValue
    | FILE string                                   # fileTemplateValue
    | name                                          # nameTemplateValue
    ;

// ---------------------------------------------------------------- journeys
// A declaration keyword at the start of a member ends the journey (or block): a missing '}' then costs
// one error instead of turning the next declaration into a run of nonsense steps.
journeyDeclaration: JOURNEY name LBRACE ({!StartsDeclaration()}? journeyMember)* RBRACE;

journeyMember
    : journeyClause
    | step
    ;

journeyClause
    : FUNNEL name                                   # funnelClause
    | ENTRY ON name whereClause?                    # entryOnClause
    | ENTRY WHEN expression                         # entryWhenClause
    | ENTRY AT string LOCAL? whenClause?            # entryAtClause
    | EXIT ON name whereClause?                     # exitOnClause
    | EXIT WHEN expression                          # exitWhenClause
    | GOAL name whereClause? withinClause?          # goalClause
    | REENTRY (NEVER | ALWAYS | AFTER duration)     # reentryClause
    | HOLDOUT PERCENT                               # holdoutClause
    | quietHours                                    # quietHoursClause
    ;

whereClause: WHERE expression;
whenClause: WHEN expression;
withinClause: WITHIN duration;

step: label? stepBody;

label: name COLON;

stepBody
    : STAGE name                                                    # stageStep
    | SEND name name                                                # sendStep
    | WAIT UNTIL TIME_OF_DAY LOCAL?                                 # waitUntilStep
    | WAIT FOR name whereClause? UP TO duration elseClause?         # waitForStep
    | WAIT UP TO duration LBRACE waitArm* RBRACE                    # waitArmsStep
    | WAIT duration                                                 # waitStep
    | IF expression block elseIfClause* elseClause?                 # ifStep
    | SPLIT LBRACE splitArm* RBRACE                                 # splitStep
    | SCORE name signedNumber                                       # scoreStep
    | SET CONTACT DOT name EQUALS expression                        # setStep
    | EXIT                                                          # exitStep
    ;

elseIfClause: ELSE IF expression block;
elseClause: ELSE block;

waitArm
    : ON name whereClause? block                    # onArm
    | TIMEOUT block                                 # timeoutArm
    ;

splitArm: name PERCENT block;

block: LBRACE ({!StartsDeclaration()}? step)* RBRACE;

// ---------------------------------------------------------------- expressions (loosest first)
expression: orExpression;

orExpression: andExpression (OR andExpression)*;

andExpression: notExpression (AND notExpression)*;

notExpression
    : NOT notExpression
    | comparison
    ;

// Comparisons do not chain: `a == b == c` is accepted here and reported by the syntax layer with its
// own message, so that one such mistake does not throw the parser out of the surrounding step.
// The operator is factored into its own rule so that prediction decides after one token.
comparison: coalesce comparisonTail*;

comparisonTail
    : comparisonOperator coalesce                   # compareTail
    | NOT? IN coalesce                              # inTail
    | IS NOT? SET                                   # isSetTail
    ;

comparisonOperator
    : EQUALS_EQUALS | BANG_EQUALS | LESS | LESS_EQUALS | GREATER | GREATER_EQUALS
    | CONTAINS | STARTS_WITH | ENDS_WITH
    ;

coalesce: additive (QUESTION_QUESTION additive)*;

// Inside a score model `+20 on page_visited where url == "/a" +15 when ...` the `+15` starts the next
// rule rather than continuing the sum: the predicate stops the loop there (language.md §3).
additive: multiplicative ({!StartsScoreRule()}? (PLUS | MINUS) multiplicative)*;

multiplicative: unary ((STAR | SLASH) unary)*;

unary
    : MINUS unary
    | postfix
    ;

postfix: primary (DOT name)*;

primary
    : LPAREN expression RPAREN                                          # parenthesizedExpression
    | LBRACKET (expression (COMMA expression)* COMMA?)? RBRACKET        # listExpression
    | duration                                                          # durationExpression
    | (STRING | TRIPLE_STRING | UNTERMINATED_STRING | UNTERMINATED_TRIPLE_STRING
      | NUMBER | PERCENT | TRUE | FALSE | TIME_OF_DAY)                  # literalExpression
    | (NOW | TODAY)                                                     # clockExpression
    | SCORE name                                                        # scoreExpression
    | COUNT LPAREN name whereClause? withinClause? RPAREN               # countExpression
    // `contact {` and `event name {` start declarations; as operands they are followed by `.` or `in`.
    | {TokenStream.LA(2) != LBRACE}? CONTACT                             # contactExpression
    | {TokenStream.LA(2) == DOT}? EVENT                                  # eventExpression
    // A step keyword that starts a line begins the next step, not an operand: after `where form ==`
    // with the operand missing, `send email t` on the next line must stay a step.
    | {!StartsStepOnNewLine()}? name                                    # nameExpression
    ;

// ---------------------------------------------------------------- small pieces
duration: number timeUnit;

timeUnit
    : SECOND | SECONDS | MINUTE | MINUTES | HOUR | HOURS | DAY | DAYS | WEEK | WEEKS
    | MONTH | MONTHS | YEAR | YEARS
    ;

number: NUMBER;

string: STRING | TRIPLE_STRING | UNTERMINATED_STRING | UNTERMINATED_TRIPLE_STRING;

// Every contextual keyword is also a name.
name
    : IDENTIFIER
    | SETTINGS | TIMEZONE | QUIET | HOURS | HOUR | TO | CAP | PER | ENUM | FUNNEL | STAGE | OWNER | SLA
    | SEGMENT | SCORE | ON | WHEN | WHERE | DECAY | EVERY | MIN | MAX | TEMPLATE | FILE | JOURNEY
    | ENTRY | EXIT | AT | LOCAL | GOAL | WITHIN | REENTRY | NEVER | ALWAYS | AFTER | HOLDOUT | SEND
    | WAIT | UNTIL | FOR | UP | TIMEOUT | SPLIT | SET | COUNT | NOW | TODAY | CONTAINS | STARTS_WITH
    | ENDS_WITH | LIST | SECOND | SECONDS | MINUTE | MINUTES | DAY | DAYS | WEEK | WEEKS | MONTH
    | MONTHS | YEAR | YEARS
    ;
