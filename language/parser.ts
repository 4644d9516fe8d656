/**
 * The grammar of form specs and rule packs (one grammar: both file kinds share it).
 *
 * Recovery: chevrotain's own recovery (token insertion/deletion, re-sync) is on, and every
 * block body also has a last-resort `junk` alternative that swallows a run of tokens up to the
 * next member keyword or `}`. The AST builder turns each junk node into one error, so a file
 * with several independent mistakes gets one diagnostic per mistake and the rest still parses.
 */
import { CstParser, EOF, type CstNode, type IToken, type TokenType } from "chevrotain";
import { humanErrorMessages } from "./error-messages";
import { LazyLookaheadStrategy } from "./lazy-lookahead";
import {
  ALL_TOKENS,
  AnyToken,
  COMPARISON_TOKENS,
  Comma,
  DateLiteral,
  DotDot,
  Identifier,
  LBrace,
  LParen,
  NumberLiteral,
  RBrace,
  RParen,
  StringLiteral,
  kw,
  type KeywordWord,
} from "./tokens";

const words = (...w: KeywordWord[]) => w.map(kw);

/** The keywords that start a member of each kind of block. */
const STARTS = {
  top: words("form", "pack", "service", "audience", "concept", "rule", "recommendation", "extend"),
  form: words("service", "audience", "ages", "version", "owner", "tags", "section", "field", "waive"),
  section: words("section", "field"),
  field: words("label", "help", "covers", "codes", "options", "lookback", "min", "max"),
  pack: words("publisher", "published", "version", "source", "uses", "source-text"),
  concept: words("synonyms", "codes", "refines", "suggest", "options", "help", "label"),
  rule: words("title", "severity", "applies", "require", "cites", "quote", "implements", "description", "fix"),
  recommendation: words("not-checkable", "partly", "group"),
};

/**
 * Where a block's junk stops: its own member keywords, `}`, end of file, and the keywords of
 * the blocks around it. Stopping at an outer keyword lets the parser insert a forgotten `}`
 * instead of swallowing the next field or form.
 */
const STOPS = {
  top: STARTS.top,
  form: [...STARTS.form, ...STARTS.top],
  section: [...STARTS.form, ...STARTS.top],
  field: [...STARTS.field, ...STARTS.form, ...STARTS.top],
  pack: [...STARTS.pack, ...STARTS.top],
  concept: [...STARTS.concept, ...STARTS.top],
  rule: [...STARTS.rule, ...STARTS.top],
  recommendation: [...STARTS.recommendation, ...STARTS.top],
};
type BlockKind = keyof typeof STARTS;

declare const FORMGUARD_VERSION: string | undefined;
/**
 * chevrotain's grammar validations find grammar mistakes, so they run wherever the source is
 * run (tests, development). The shipped bundle, whose grammar those runs already validated,
 * skips them: they are most of the parser's start-up cost.
 */
const BUNDLED = typeof FORMGUARD_VERSION === "string";

class FormParser extends CstParser {
  constructor() {
    super(ALL_TOKENS, {
      recoveryEnabled: true,
      maxLookahead: 3,
      lookaheadStrategy: new LazyLookaheadStrategy({ maxLookahead: 3 }),
      errorMessageProvider: humanErrorMessages,
      // Offsets only (no lines): cheap to keep while parsing, and every AST node needs its span.
      nodeLocationTracking: "onlyOffset",
      skipValidations: BUNDLED,
    });
    this.performSelfAnalysis();
  }

  /** Every token consumed (only EOF left). */
  atEnd(): boolean {
    return this.LA(1).tokenType === EOF;
  }

  private atStop(block: BlockKind): boolean {
    const t = this.LA(1).tokenType;
    return t === RBrace || t === EOF || STOPS[block].includes(t);
  }

  /**
   * The members of a `{ … }` block. The loop goes on while the next token starts a member or
   * is not a stop word; anything that starts no member is swallowed by `junk` up to the next
   * stop, and reported once by the AST builder.
   */
  private blockBody(block: BlockKind, alts: Array<() => void>, junk: (idx: number) => void) {
    this.MANY({
      GATE: () => STARTS[block].includes(this.LA(1).tokenType) || !this.atStop(block),
      DEF: () =>
        this.OR({
          // One token decides: a member that starts right but goes wrong is entered and
          // reports exactly what it missed (e.g. a waiver without a reason), not skipped as junk.
          MAX_LOOKAHEAD: 1,
          IGNORE_AMBIGUITIES: true,
          DEF: [...alts.map((ALT) => ({ ALT })), { ALT: () => junk(0) }],
        }),
    });
  }

  private skipTo(block: BlockKind) {
    this.CONSUME(AnyToken);
    this.MANY({ GATE: () => !this.atStop(block), DEF: () => this.CONSUME2(AnyToken) });
  }

  // ------------------------------------------------------------------ document

  document = this.RULE("document", () => {
    this.MANY(() =>
      this.OR({
        MAX_LOOKAHEAD: 1,
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { ALT: () => this.SUBRULE(this.form) },
          { ALT: () => this.SUBRULE(this.pack) },
          { ALT: () => this.SUBRULE(this.serviceDecl) },
          { ALT: () => this.SUBRULE(this.audienceDecl) },
          { ALT: () => this.SUBRULE(this.conceptDecl) },
          { ALT: () => this.SUBRULE(this.ruleDecl) },
          { ALT: () => this.SUBRULE(this.recommendationDecl) },
          { ALT: () => this.SUBRULE(this.extendDecl) },
          { GATE: () => this.LA(1).tokenType !== EOF, ALT: () => this.SUBRULE(this.topJunk) },
        ],
      }),
    );
  });

  topJunk = this.RULE("topJunk", () => {
    // Always eat one token: a stray `}` at top level must not stop the loop forever.
    this.CONSUME(AnyToken);
    this.MANY({
      GATE: () => !STARTS.top.includes(this.LA(1).tokenType) && this.LA(1).tokenType !== EOF,
      DEF: () => this.CONSUME2(AnyToken),
    });
  });

  // ------------------------------------------------------------------ forms

  form = this.RULE("form", () => {
    this.CONSUME(kw("form"));
    this.CONSUME(Identifier, { LABEL: "name" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.CONSUME(LBrace);
    this.blockBody(
      "form",
      [
        () => this.SUBRULE(this.headerProp),
        () => this.SUBRULE(this.section),
        () => this.SUBRULE(this.field),
        () => this.SUBRULE(this.waiver),
      ],
      () => this.SUBRULE(this.formJunk),
    );
    this.CONSUME(RBrace);
  });

  formJunk = this.RULE("formJunk", () => this.skipTo("form"));

  headerProp = this.RULE("headerProp", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(kw("service"), { LABEL: "keyword" });
          this.CONSUME(Identifier, { LABEL: "ids" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(kw("audience"), { LABEL: "keyword" });
          this.SUBRULE(this.idList, { LABEL: "idList" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(kw("tags"), { LABEL: "keyword" });
          this.SUBRULE2(this.idList, { LABEL: "idList" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(kw("ages"), { LABEL: "keyword" });
          this.CONSUME(NumberLiteral, { LABEL: "min" });
          this.CONSUME(DotDot);
          this.CONSUME2(NumberLiteral, { LABEL: "max" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(kw("version"), { LABEL: "keyword" });
          this.CONSUME(StringLiteral, { LABEL: "str" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(kw("owner"), { LABEL: "keyword" });
          this.CONSUME2(StringLiteral, { LABEL: "str" });
        },
      },
    ]);
  });

  section = this.RULE("section", () => {
    this.CONSUME(kw("section"));
    this.CONSUME(Identifier, { LABEL: "name" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.CONSUME(LBrace);
    this.blockBody(
      "section",
      [
      () => this.SUBRULE(this.section),
      () => this.SUBRULE(this.field),
      ],
      () => this.SUBRULE(this.sectionJunk),
    );
    this.CONSUME(RBrace);
  });

  sectionJunk = this.RULE("sectionJunk", () => this.skipTo("section"));

  field = this.RULE("field", () => {
    this.CONSUME(kw("field"));
    this.CONSUME(Identifier, { LABEL: "name" });
    // The type is optional in the grammar so that `field x required` reports a missing type
    // precisely instead of reading `required` as the type name.
    this.OPTION({
      GATE: () => this.LA(1).tokenType !== kw("required") && this.LA(1).tokenType !== kw("when"),
      DEF: () => this.CONSUME2(Identifier, { LABEL: "type" }),
    });
    this.OPTION2(() => this.CONSUME(kw("required")));
    this.OPTION3(() => {
      this.CONSUME(kw("when"));
      this.SUBRULE(this.condition);
    });
    this.OPTION4(() => {
      this.CONSUME(LBrace);
      this.blockBody(
      "field",
      [
      () => this.SUBRULE(this.fieldProp),
      ],
      () => this.SUBRULE(this.fieldJunk),
    );
      this.CONSUME(RBrace);
    });
  });

  fieldJunk = this.RULE("fieldJunk", () => this.skipTo("field"));

  fieldProp = this.RULE("fieldProp", () => {
    this.OR([
      { ALT: () => { this.CONSUME(kw("label"), { LABEL: "keyword" }); this.CONSUME(StringLiteral, { LABEL: "str" }); } },
      { ALT: () => { this.CONSUME(kw("help"), { LABEL: "keyword" }); this.CONSUME2(StringLiteral, { LABEL: "str" }); } },
      { ALT: () => { this.CONSUME(kw("covers"), { LABEL: "keyword" }); this.SUBRULE(this.idList); } },
      { ALT: () => { this.CONSUME(kw("options"), { LABEL: "keyword" }); this.SUBRULE(this.stringList); } },
      { ALT: () => { this.CONSUME(kw("codes"), { LABEL: "keyword" }); this.SUBRULE2(this.stringList); } },
      { ALT: () => { this.CONSUME(kw("lookback"), { LABEL: "keyword" }); this.SUBRULE(this.duration); } },
      { ALT: () => { this.CONSUME(kw("min"), { LABEL: "keyword" }); this.CONSUME(NumberLiteral, { LABEL: "num" }); } },
      { ALT: () => { this.CONSUME(kw("max"), { LABEL: "keyword" }); this.CONSUME2(NumberLiteral, { LABEL: "num" }); } },
    ]);
  });

  waiver = this.RULE("waiver", () => {
    this.CONSUME(kw("waive"));
    this.CONSUME(Identifier, { LABEL: "rule" });
    this.CONSUME(StringLiteral, { LABEL: "reason" });
    this.OPTION(() => {
      this.CONSUME(kw("by"));
      this.CONSUME2(StringLiteral, { LABEL: "by" });
    });
    this.OPTION2(() => {
      this.CONSUME(kw("until"));
      this.CONSUME(DateLiteral, { LABEL: "until" });
    });
  });

  // ------------------------------------------------------------------ conditions

  condition = this.RULE("condition", () => {
    this.SUBRULE(this.andCondition, { LABEL: "operands" });
    this.MANY(() => {
      this.CONSUME(kw("or"));
      this.SUBRULE2(this.andCondition, { LABEL: "operands" });
    });
  });

  andCondition = this.RULE("andCondition", () => {
    this.SUBRULE(this.unaryCondition, { LABEL: "operands" });
    this.MANY(() => {
      this.CONSUME(kw("and"));
      this.SUBRULE2(this.unaryCondition, { LABEL: "operands" });
    });
  });

  unaryCondition = this.RULE("unaryCondition", () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          // `not` followed by an operator or `answered` is a field called `not`.
          GATE: () => !COMPARISON_TOKENS.includes(this.LA(2).tokenType) && this.LA(2).tokenType !== kw("answered"),
          ALT: () => {
            this.CONSUME(kw("not"));
            this.SUBRULE(this.unaryCondition, { LABEL: "operand" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(LParen);
            this.SUBRULE(this.condition, { LABEL: "inner" });
            this.CONSUME(RParen);
          },
        },
        { ALT: () => this.SUBRULE(this.comparison) },
      ],
    });
  });

  comparison = this.RULE("comparison", () => {
    this.CONSUME(Identifier, { LABEL: "field" });
    this.OR([
      { ALT: () => this.CONSUME(kw("answered")) },
      {
        ALT: () => {
          this.SUBRULE(this.operator);
          this.SUBRULE(this.value);
        },
      },
    ]);
  });

  operator = this.RULE("operator", () => {
    this.OR(COMPARISON_TOKENS.map((t) => ({ ALT: () => this.CONSUME(t, { LABEL: "op" }) })));
  });

  value = this.RULE("value", () => {
    this.OR([
      { ALT: () => this.CONSUME(StringLiteral, { LABEL: "str" }) },
      { ALT: () => this.CONSUME(NumberLiteral, { LABEL: "num" }) },
      { ALT: () => this.CONSUME(Identifier, { LABEL: "word" }) },
    ]);
  });

  // ------------------------------------------------------------------ shared pieces

  idList = this.RULE("idList", () => {
    this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => this.CONSUME(Identifier, { LABEL: "ids" }) });
  });

  stringList = this.RULE("stringList", () => {
    this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => this.CONSUME(StringLiteral, { LABEL: "strs" }) });
  });

  duration = this.RULE("duration", () => {
    this.CONSUME(NumberLiteral, { LABEL: "amount" });
    this.CONSUME(Identifier, { LABEL: "unit" });
  });

  // ------------------------------------------------------------------ rule packs

  pack = this.RULE("pack", () => {
    this.CONSUME(kw("pack"));
    this.CONSUME(Identifier, { LABEL: "name" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.OPTION2(() => {
      this.CONSUME(LBrace);
      this.blockBody(
      "pack",
      [
      () => this.SUBRULE(this.packProp),
      ],
      () => this.SUBRULE(this.packJunk),
    );
      this.CONSUME(RBrace);
    });
  });

  packJunk = this.RULE("packJunk", () => this.skipTo("pack"));

  packProp = this.RULE("packProp", () => {
    this.OR([
      { ALT: () => { this.CONSUME(kw("publisher"), { LABEL: "keyword" }); this.CONSUME(StringLiteral, { LABEL: "str" }); } },
      { ALT: () => { this.CONSUME(kw("published"), { LABEL: "keyword" }); this.CONSUME(DateLiteral, { LABEL: "date" }); } },
      { ALT: () => { this.CONSUME(kw("version"), { LABEL: "keyword" }); this.CONSUME2(StringLiteral, { LABEL: "str" }); } },
      { ALT: () => { this.CONSUME(kw("source"), { LABEL: "keyword" }); this.CONSUME3(StringLiteral, { LABEL: "str" }); } },
      // `uses OTHER-PACK "RANGE"`: a dependency on another pack, in a semver range.
      { ALT: () => { this.CONSUME(kw("uses"), { LABEL: "keyword" }); this.CONSUME(Identifier, { LABEL: "pack" }); this.CONSUME4(StringLiteral, { LABEL: "str" }); } },
      // `source-text "path.txt"`: the pack's source as plain text, for checking its quotes.
      { ALT: () => { this.CONSUME(kw("source-text"), { LABEL: "keyword" }); this.CONSUME5(StringLiteral, { LABEL: "str" }); } },
    ]);
  });

  /** `extend concept ID { synonyms … help … }`: adds to a concept another pack declares. */
  extendDecl = this.RULE("extendDecl", () => {
    this.CONSUME(kw("extend"));
    this.CONSUME(kw("concept"));
    this.CONSUME(Identifier, { LABEL: "name" });
    this.CONSUME(LBrace);
    this.blockBody("concept", [() => this.SUBRULE(this.conceptProp)], () => this.SUBRULE(this.conceptJunk));
    this.CONSUME(RBrace);
  });

  serviceDecl = this.RULE("serviceDecl", () => {
    this.CONSUME(kw("service"));
    this.CONSUME(Identifier, { LABEL: "name" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
  });

  audienceDecl = this.RULE("audienceDecl", () => {
    this.CONSUME(kw("audience"));
    this.CONSUME(Identifier, { LABEL: "name" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
  });

  conceptDecl = this.RULE("conceptDecl", () => {
    this.CONSUME(kw("concept"));
    this.CONSUME(Identifier, { LABEL: "name" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.OPTION2(() => {
      this.CONSUME(LBrace);
      this.blockBody(
      "concept",
      [
      () => this.SUBRULE(this.conceptProp),
      ],
      () => this.SUBRULE(this.conceptJunk),
    );
      this.CONSUME(RBrace);
    });
  });

  conceptJunk = this.RULE("conceptJunk", () => this.skipTo("concept"));

  conceptProp = this.RULE("conceptProp", () => {
    this.OR([
      { ALT: () => { this.CONSUME(kw("synonyms"), { LABEL: "keyword" }); this.SUBRULE(this.stringList); } },
      { ALT: () => { this.CONSUME(kw("options"), { LABEL: "keyword" }); this.SUBRULE2(this.stringList); } },
      { ALT: () => { this.CONSUME(kw("codes"), { LABEL: "keyword" }); this.SUBRULE3(this.stringList); } },
      { ALT: () => { this.CONSUME(kw("refines"), { LABEL: "keyword" }); this.SUBRULE(this.idList); } },
      {
        ALT: () => {
          this.CONSUME(kw("suggest"), { LABEL: "keyword" });
          this.CONSUME(Identifier, { LABEL: "type" });
          this.OPTION(() => this.CONSUME(kw("required")));
        },
      },
      { ALT: () => { this.CONSUME(kw("help"), { LABEL: "keyword" }); this.CONSUME(StringLiteral, { LABEL: "str" }); } },
      { ALT: () => { this.CONSUME(kw("label"), { LABEL: "keyword" }); this.CONSUME2(StringLiteral, { LABEL: "str" }); } },
    ]);
  });

  ruleDecl = this.RULE("ruleDecl", () => {
    this.CONSUME(kw("rule"));
    this.CONSUME(Identifier, { LABEL: "name" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.CONSUME(LBrace);
    this.blockBody(
      "rule",
      [
      () => this.SUBRULE(this.ruleProp),
      ],
      () => this.SUBRULE(this.ruleJunk),
    );
    this.CONSUME(RBrace);
  });

  ruleJunk = this.RULE("ruleJunk", () => this.skipTo("rule"));

  ruleProp = this.RULE("ruleProp", () => {
    this.OR([
      { ALT: () => { this.CONSUME(kw("title"), { LABEL: "keyword" }); this.CONSUME(StringLiteral, { LABEL: "str" }); } },
      { ALT: () => { this.CONSUME(kw("severity"), { LABEL: "keyword" }); this.CONSUME(Identifier, { LABEL: "word" }); } },
      { ALT: () => { this.CONSUME(kw("applies"), { LABEL: "keyword" }); this.SUBRULE(this.selector); } },
      { ALT: () => { this.CONSUME(kw("require"), { LABEL: "keyword" }); this.SUBRULE(this.requirement); } },
      {
        ALT: () => {
          this.CONSUME(kw("cites"), { LABEL: "keyword" });
          this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => this.SUBRULE(this.citation) });
        },
      },
      { ALT: () => { this.CONSUME(kw("quote"), { LABEL: "keyword" }); this.CONSUME2(StringLiteral, { LABEL: "str" }); } },
      { ALT: () => { this.CONSUME(kw("implements"), { LABEL: "keyword" }); this.SUBRULE(this.stringList); } },
      { ALT: () => { this.CONSUME(kw("description"), { LABEL: "keyword" }); this.CONSUME3(StringLiteral, { LABEL: "str" }); } },
      { ALT: () => { this.CONSUME(kw("fix"), { LABEL: "keyword" }); this.CONSUME4(StringLiteral, { LABEL: "str" }); } },
    ]);
  });

  citation = this.RULE("citation", () => {
    this.OR([
      { ALT: () => { this.CONSUME(kw("paragraph"), { LABEL: "kind" }); this.CONSUME(NumberLiteral, { LABEL: "ref" }); } },
      { ALT: () => { this.CONSUME(kw("recommendation"), { LABEL: "kind" }); this.CONSUME2(NumberLiteral, { LABEL: "ref" }); } },
      { ALT: () => { this.CONSUME(kw("section"), { LABEL: "kind" }); this.CONSUME(StringLiteral, { LABEL: "str" }); } },
    ]);
  });

  requirement = this.RULE("requirement", () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          // `require header version`: `header` followed by a property word.
          GATE: () =>
            this.LA(1).tokenType === kw("header") &&
            ![kw("required"), kw("shown"), kw("with"), Comma].includes(this.LA(2).tokenType),
          ALT: () => {
            this.CONSUME(kw("header"));
            this.SUBRULE(this.idList, { LABEL: "header" });
          },
        },
        {
          ALT: () => {
            this.OPTION({
              GATE: () => this.LA(2).tokenType === kw("of"),
              DEF: () => {
                this.CONSUME(kw("one"));
                this.CONSUME(kw("of"));
              },
            });
            this.SUBRULE2(this.idList, { LABEL: "concepts" });
            this.OPTION2(() => this.CONSUME(kw("required")));
            this.OPTION3(() => {
              this.CONSUME(kw("shown"));
              this.CONSUME(kw("when"));
              this.CONSUME(Identifier, { LABEL: "shownConcept" });
              this.SUBRULE(this.operator, { LABEL: "shownOp" });
              this.SUBRULE(this.value, { LABEL: "shownValue" });
            });
            this.OPTION4(() => {
              this.CONSUME(kw("with"));
              this.SUBRULE(this.constraint);
              this.MANY(() => {
                this.CONSUME(kw("and"));
                this.SUBRULE2(this.constraint);
              });
            });
          },
        },
      ],
    });
  });

  constraint = this.RULE("constraint", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(kw("lookback"), { LABEL: "kind" });
          this.SUBRULE(this.operator);
          this.SUBRULE(this.duration);
        },
      },
      {
        ALT: () => {
          this.CONSUME(kw("type"), { LABEL: "kind" });
          this.SUBRULE(this.idList);
        },
      },
      {
        ALT: () => {
          this.CONSUME(kw("options"), { LABEL: "kind" });
          this.CONSUME(kw("include"));
          this.CONSUME(StringLiteral, { LABEL: "str" });
        },
      },
    ]);
  });

  selector = this.RULE("selector", () => {
    this.SUBRULE(this.andSelector, { LABEL: "operands" });
    this.MANY(() => {
      this.CONSUME(kw("or"));
      this.SUBRULE2(this.andSelector, { LABEL: "operands" });
    });
  });

  andSelector = this.RULE("andSelector", () => {
    this.SUBRULE(this.unarySelector, { LABEL: "operands" });
    this.MANY(() => {
      this.CONSUME(kw("and"));
      this.SUBRULE2(this.unarySelector, { LABEL: "operands" });
    });
  });

  unarySelector = this.RULE("unarySelector", () => {
    this.OR([
      { ALT: () => { this.CONSUME(kw("not")); this.SUBRULE(this.unarySelector, { LABEL: "operand" }); } },
      { ALT: () => { this.CONSUME(LParen); this.SUBRULE(this.selector, { LABEL: "inner" }); this.CONSUME(RParen); } },
      { ALT: () => { this.CONSUME(kw("service"), { LABEL: "kind" }); this.SUBRULE(this.idList); } },
      { ALT: () => { this.CONSUME(kw("audience"), { LABEL: "kind" }); this.CONSUME(Identifier, { LABEL: "id" }); } },
      {
        ALT: () => {
          this.CONSUME(kw("ages"), { LABEL: "kind" });
          this.CONSUME(kw("include"));
          this.CONSUME(NumberLiteral, { LABEL: "num" });
        },
      },
      { ALT: () => { this.CONSUME(kw("tag"), { LABEL: "kind" }); this.CONSUME2(Identifier, { LABEL: "id" }); } },
    ]);
  });

  recommendationDecl = this.RULE("recommendationDecl", () => {
    this.CONSUME(kw("recommendation"));
    this.CONSUME(NumberLiteral, { LABEL: "ref" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "text" }));
    this.OPTION2(() => {
      this.CONSUME(LBrace);
      this.blockBody(
      "recommendation",
      [
      () => { this.CONSUME(kw("not-checkable"), { LABEL: "keyword" }); this.CONSUME2(StringLiteral, { LABEL: "str" }); },
      () => { this.CONSUME(kw("partly"), { LABEL: "keyword" }); this.CONSUME3(StringLiteral, { LABEL: "str" }); },
      () => { this.CONSUME(kw("group"), { LABEL: "keyword" }); this.CONSUME4(StringLiteral, { LABEL: "str" }); },
      ],
      () => this.SUBRULE(this.recommendationJunk),
    );
      this.CONSUME(RBrace);
    });
  });

  recommendationJunk = this.RULE("recommendationJunk", () => this.skipTo("recommendation"));
}

/** The one parser instance: chevrotain's self-analysis is costly, so it runs once per process. */
export const parser = new FormParser();

export function parseTokens(tokens: IToken[]): CstNode {
  parser.input = tokens;
  return parser.document();
}

/**
 * Parses `tokens` as one field or section (language/incremental-parse.ts). Returns undefined
 * unless it is exactly one, without a syntax error: the caller then parses the whole document.
 */
export function parseMemberTokens(tokens: IToken[], kind: "field" | "section"): CstNode | undefined {
  parser.input = tokens;
  const cst = kind === "field" ? parser.field() : parser.section();
  if (parser.errors.length > 0 || !parser.atEnd()) return undefined;
  return cst;
}
