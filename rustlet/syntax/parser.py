"""The LALR grammar of the Rustlet language (all of LANGUAGE.md, and the parts of Rust
that later stages reject by name), written as one SLY parser class.

Each rule sits in the decorator of the function that builds its AST node
(`rustlet/ast.py`); spans are byte ranges taken from SLY's position tracking.

Expression precedence (lowest first; the `precedence` table below)

    return break closures          prefix, take everything to their right
    = += -= *= /= %= ^= &= |= <<= >>=    right associative
    .. ..=                         non-associative (`a..b..c` is an error)
    ||                             left
    &&                             left
    == != < > <= >=                non-associative (`a < b < c` is an error)
    |   ^   &                      left, in this order
    << >>                          left
    + -                            left
    * / %                          left
    as                             left
    unary - ! * & &mut             (stratified: `unary` nonterminal)
    . () [] ?                      postfix (stratified: `postfix` nonterminal)

Unary and postfix operators are layered nonterminals; binary operators use the
precedence table on an ambiguous `expr : expr OP expr` grammar.

How Rust's ambiguities are resolved (as rustc does)
- Struct literals in conditions.  `if x == S {}` must read `{}` as the body.  There
  are three copies of the expression grammar: `expr` (anything), `nexpr` (no struct
  literal at the top level: the heads of `if`, `while`, `match`, `for`; inside
  parentheses, brackets and blocks the full `expr` is back), and `sexpr`.
- Statement position.  An expression statement that starts with a block-like
  expression (`if`, `match`, `loop`, `while`, `for`, a block, `unsafe {}`) ends
  there and needs no `;`: `if c {} -1` is two statements, and `match x {} - 1` too.
  `sexpr` is the expression grammar whose leftmost operand is not block-like; a
  block-like statement may only continue with `.` or `?` (`match x {}.len()`), as
  rustc allows.  Match-arm bodies are parsed the same way.
- `>>`.  The lexer never emits `>>`, `>=` or `>>=`: it marks each `>` by what
  follows it (GTGT: another `>`, GTEQ: `=`, GT: anything else).  `a >> b` is
  `GTGT GT`, `a >= b` is `GTEQ EQ`, `a >>= b` is `GTGT GTEQ EQ`, and a generic list
  closes on any kind of `>`, so `Vec<Vec<u8>>` closes twice.
- Generic `<` vs less-than.  In expressions generic arguments need the turbofish
  (`Vec::<u8>::new()`, `x.collect::<Vec<_>>()`); `<` after an expression is
  always less-than.  In types `<` after a path segment always opens generic
  arguments, so `x as usize < y` is an error, as in rustc (declared conflict).
- Open ranges before a block.  `for i in 0.. {}`: in `nexpr`, `..` with nothing
  before `{` is an open range (`LBRACE` has the lowest precedence, so the reduction
  wins); in `expr`, `x = 0.. {` would take the block as the end.  `return` and
  `break` without a value behave the same way.
- Field vs method call.  `a.f(x)` is always a method call (`FIELD` precedence
  below `(`).
- `t.0.1` lexes `0.1` as one float token; the parser splits it into two fields.

Declared shift/reduce conflicts, all resolved as shift (see `expected_shift_reduce`):
dangling `else` vs `let … else`; `<` after a type path segment (generic arguments);
`pub (` in a tuple-struct field (`pub(crate)` wins over a parenthesized type);
`impl <` and `unsafe impl <` (generic parameters win over a qualified self type).
"""
from __future__ import annotations

from typing import Any, Callable

from sly.lex import Token

from rustlet import ast
from rustlet.diagnostics import CompileError, Diagnostic, error
from rustlet.source import Span
from rustlet.syntax.lexer import KEYWORDS, TOKEN_TEXT, describe_token, eof_offset
from rustlet.syntax.tables import CachedParser

# The start tokens select what a token list is parsed as: a crate, or the pieces of
# a macro call (see macros.py).  The lexer never produces them.
START_EXPR = "START_EXPR"
START_ARGS = "START_ARGS"
START_VEC = "START_VEC"
START_MATCHES = "START_MATCHES"

_parser_tokens = {
    "IDENT", "LIFETIME", "INT", "FLOAT", "STR", "BSTR", "CHAR", "BYTE", "TT",
    "AS", "BREAK", "CONST", "CONTINUE", "CRATE", "ELSE", "ENUM", "EXTERN", "FALSE", "FN", "FOR",
    "IF", "IMPL", "IN", "LET", "LOOP", "MATCH", "MOD", "MOVE", "MUT", "PUB", "REF", "RETURN",
    "SELF", "SELFTYPE", "STATIC", "STRUCT", "SUPER", "TRAIT", "TRUE", "TYPE", "UNSAFE", "USE",
    "WHERE", "WHILE", "DYN", "ASYNC", "AWAIT", "UNDERSCORE",
    "PLUSEQ", "MINUSEQ", "STAREQ", "SLASHEQ", "PERCENTEQ", "CARETEQ", "ANDEQ", "OREQ", "SHLEQ",
    "PLUS", "MINUS", "STAR", "SLASH", "PERCENT", "CARET", "NOT", "AND", "OR", "ANDAND", "OROR", "SHL",
    "GT", "GTGT", "GTEQ", "EQ", "EQEQ", "NE", "LT", "LE", "AT", "DOT", "DOTDOT", "DOTDOTDOT", "DOTDOTEQ",
    "COMMA", "SEMI", "COLON", "PATHSEP", "ARROW", "FATARROW", "POUND", "DOLLAR", "QUESTION", "TILDE",
    "LPAREN", "RPAREN", "LBRACKET", "RBRACKET", "LBRACE", "RBRACE",
    START_EXPR, START_ARGS, START_VEC, START_MATCHES,
}

_precedence = (
    ("nonassoc", "OPEN_LOW"),  # `return`, `x..` in `expr`: shift whatever follows
    ("nonassoc", "LBRACE"),
    ("right", "RETURN", "BREAK", "CLOSURE"),
    ("right", "EQ", "PLUSEQ", "MINUSEQ", "STAREQ", "SLASHEQ", "PERCENTEQ", "CARETEQ", "ANDEQ", "OREQ",
     "SHLEQ", "SHREQ"),
    ("nonassoc", "DOTDOT", "DOTDOTEQ"),
    ("left", "OROR"),
    ("left", "ANDAND"),
    ("nonassoc", "EQEQ", "NE", "LT", "GT", "LE", "GTEQ"),
    ("left", "OR"),
    ("left", "CARET"),
    ("left", "AND"),
    ("left", "SHL", "GTGT"),
    ("left", "PLUS", "MINUS"),
    ("left", "STAR", "SLASH", "PERCENT"),
    ("left", "AS"),
    ("nonassoc", "FIELD"),
    ("left", "DOT", "LPAREN", "LBRACKET", "QUESTION"),
)

BINOPS = {
    "PLUS": ast.BinOp.ADD, "MINUS": ast.BinOp.SUB, "STAR": ast.BinOp.MUL, "SLASH": ast.BinOp.DIV,
    "PERCENT": ast.BinOp.REM, "ANDAND": ast.BinOp.AND, "OROR": ast.BinOp.OR, "AND": ast.BinOp.BIT_AND,
    "OR": ast.BinOp.BIT_OR, "CARET": ast.BinOp.BIT_XOR, "SHL": ast.BinOp.SHL, "EQEQ": ast.BinOp.EQ,
    "NE": ast.BinOp.NE, "LT": ast.BinOp.LT, "LE": ast.BinOp.LE, "GT": ast.BinOp.GT,
}
ASSIGN_OPS = {
    "PLUSEQ": ast.BinOp.ADD, "MINUSEQ": ast.BinOp.SUB, "STAREQ": ast.BinOp.MUL, "SLASHEQ": ast.BinOp.DIV,
    "PERCENTEQ": ast.BinOp.REM, "CARETEQ": ast.BinOp.BIT_XOR, "ANDEQ": ast.BinOp.BIT_AND,
    "OREQ": ast.BinOp.BIT_OR, "SHLEQ": ast.BinOp.SHL,
}
# Tokens rustc summarises as "an operator" in "expected one of …".
OPERATOR_TOKENS = set(BINOPS) | set(ASSIGN_OPS) | {"GTGT", "GTEQ", "EQ", "AS", "DOTDOT", "DOTDOTEQ"}
EXPR_START_TOKENS = {"IDENT", "INT", "LPAREN", "MINUS", "NOT", "LBRACKET", "IF", "MATCH"}
COMPARISON_TOKENS = {"EQEQ", "NE", "LT", "GT", "LE", "GTEQ"}
KEYWORD_TOKENS = set(KEYWORDS.values()) - {"UNDERSCORE", "SELF", "SELFTYPE", "SUPER", "CRATE"}
ITEM_START_TOKENS = {"FN", "STRUCT", "ENUM", "TRAIT", "IMPL", "MOD", "USE"}
TYPE_START_TOKENS = {"IDENT", "AND", "LPAREN", "LBRACKET", "DYN", "IMPL", "FN", "UNDERSCORE"}
PAT_START_TOKENS = {"IDENT", "REF", "MUT", "UNDERSCORE", "LPAREN", "AND"}

# Binary-operator rules, written once for each of the three expression grammars.
_BIN_TOKENS = ["PLUS", "MINUS", "STAR", "SLASH", "PERCENT", "ANDAND", "OROR", "AND", "OR", "CARET", "SHL",
               "EQEQ", "NE", "LT", "LE", "GT"]


def _rules(template: str, ops: list[str]) -> list[str]:
    return [template.format(op=op) for op in ops]


_EXPR_BIN = _rules("expr {op} expr", _BIN_TOKENS)
_NEXPR_BIN = _rules("nexpr {op} nexpr", _BIN_TOKENS)
_SEXPR_BIN = _rules("sexpr {op} expr", _BIN_TOKENS)
_EXPR_ASSIGN = _rules("expr {op} expr", list(ASSIGN_OPS))
_NEXPR_ASSIGN = _rules("nexpr {op} nexpr", list(ASSIGN_OPS))
_SEXPR_ASSIGN = _rules("sexpr {op} expr", list(ASSIGN_OPS))


class RustParser(CachedParser):
    tokens = _parser_tokens
    precedence = _precedence
    start = "program"
    expected_shift_reduce = 5

    def __init__(self, file: int, text: str, expander: Callable[..., ast.Expr] | None = None,
                 macro_rules_names: set[str] | None = None) -> None:
        self.file = file
        self.text = text
        self.expander = expander  # macros.expand_macro, given the parser
        self.macro_rules_names = macro_rules_names or set()  # user macros: "unsupported", not "not found"
        self.eof_span: Span | None = None
        self.parenthesized: set[int] = set()  # ids of `(e)` nodes, for the range checks

    # ── helpers ──

    def sp(self, p: Any) -> Span:
        return Span(self.file, p.index, p.end)

    def tok(self, p: Any, i: int) -> Span:
        t = p._slice[i]
        return Span(self.file, t.index, t.end)

    def error(self, token: Token | None) -> None:
        raise CompileError(self.syntax_error(token))

    def syntax_error(self, token: Token | None) -> Diagnostic:
        """rustc's message for a token the LALR state has no action for.  The expected
        tokens come from the state's action table; a few situations get rustc's
        dedicated messages (missing `;` at a line end, chained comparisons, …)."""
        expected = {t for t in self._lrtable.lr_action[self.state]
                    if t not in ("$end", "error") and self.can_shift(t)}
        found = describe_token(token)
        if token is None:
            eof = eof_offset(self.text)
            span = self.eof_span or Span(self.file, eof, eof)
        else:
            span = Span(self.file, token.index, token.end)
        special = self.special_syntax_error(token, expected, span, found)
        if special is not None:
            return special
        kind = token.type if token is not None else "$end"
        if EXPR_START_TOKENS <= expected:
            what = "expression"
        elif ITEM_START_TOKENS <= expected:
            what = "item"
        elif kind in KEYWORD_TOKENS and "IDENT" in expected:
            what = "identifier"
        elif PAT_START_TOKENS <= expected and "MINUS" in expected and "NOT" not in expected:
            what = "pattern"
        elif TYPE_START_TOKENS <= expected and "INT" not in expected:
            what = "type"
        elif expected == {"IDENT"}:
            what = "identifier"
        else:
            what = ""
        if what:
            return error(f"expected {what}, found {found}", span, f"expected {what}")
        if expected == {"COLON"} and self.symstack[-1].type == "pat":
            expected = {"COLON", "AT", "OR"}  # rustc also offers `x @ p` and `|x| …` here
        operators = bool(expected & OPERATOR_TOKENS - {"OR"})  # a lone `|` is a closure or pattern bar
        names = sorted({f"`{TOKEN_TEXT[t]}`" for t in expected
                        if t in TOKEN_TEXT and not (operators and t in OPERATOR_TOKENS)}
                       | {_describe_kind(t) for t in expected if t not in TOKEN_TEXT})
        if operators:
            names.append("an operator")
        if len(names) == 1:
            wanted = names[0]
        elif len(names) == 2:
            wanted = f"one of {names[0]} or {names[1]}"
        else:
            wanted = "one of " + ", ".join(names[:-1]) + f", or {names[-1]}"
        return error(f"expected {wanted}, found {found}", span, f"expected {wanted}")

    def can_shift(self, terminal: str) -> bool:
        """Whether `terminal` would be shifted after the reductions it triggers.  LALR
        merges lookahead sets, so a state's action row may list tokens that only
        lead to an error after a few reductions; rustc's lists do not have them."""
        actions = self._lrtable.lr_action
        goto = self._lrtable.lr_goto
        productions = self._grammar.Productions
        stack = list(self.statestack)
        for _ in range(10_000):
            action = actions[stack[-1]].get(terminal)
            if action is None:
                return False
            if action >= 0:
                return True
            prod = productions[-action]
            if prod.len:
                del stack[-prod.len:]
            stack.append(goto[stack[-1]][prod.name])
        return False

    def special_syntax_error(self, token: Token | None, expected: set[str], span: Span,
                             found: str) -> Diagnostic | None:
        stack = self.symstack
        kind = token.type if token is not None else "$end"
        top = stack[-1]
        if kind in COMPARISON_TOKENS and len(stack) >= 3 and (
                stack[-2].type in COMPARISON_TOKENS or (stack[-2].type == "EQ" and stack[-3].type == "GTEQ")):
            op = stack[-3] if stack[-2].type == "EQ" else stack[-2]
            first = Span(self.file, op.index, stack[-2].end)
            return error("comparison operators cannot be chained", first).with_label(span, "")
        if kind == "LET" and "IDENT" in expected and "INT" in expected:
            return error("expected expression, found `let` statement", span)
        if top.type == "fn_head" or (top.type == "IDENT" and stack[-2].type == "FN" and kind != "LT"):
            return error("missing parameters for function definition", Span(self.file, top.end, top.end),
                         "").with_help("add a parameter list")
        if len(stack) >= 3 and stack[-2].type in ("CONST", "STATIC") and top.type == "IDENT" and kind == "EQ":
            what = "const" if stack[-2].type == "CONST" else "static"
            return error(f"missing type for `{what}` item", Span(self.file, top.index, top.end))
        if "LBRACE" in expected and kind not in ("LBRACE",) and self.in_condition():
            return error(f"expected `{{`, found {found}", span, "expected `{`")
        if "SEMI" in expected and token is not None and top.end is not None \
                and top.type not in ("SEMI", "LBRACE", "RBRACE", "stmts", "attrs"):
            prev_line = self.text.encode("utf-8").count(b"\n", 0, top.end)
            this_line = self.text.encode("utf-8").count(b"\n", 0, token.index)
            if this_line > prev_line:
                at = Span(self.file, top.end, top.end)
                return error(f"expected `;`, found {found}", at, "").with_help("add `;` here")
        return None

    def in_condition(self) -> bool:
        """Whether the parser is inside the head of `if`/`while`/`match`/`for` (where a
        block must follow)."""
        for sym in reversed(self.symstack):
            if sym.type in ("IF", "WHILE", "MATCH", "IN"):
                return True
            if sym.type in ("LBRACE", "RBRACE", "SEMI", "LPAREN", "LBRACKET", "stmts", "attrs", "$end"):
                return False
        return False

    def macro(self, path: ast.Path, tt: Token, span: Span) -> ast.Expr:
        assert self.expander is not None
        return self.expander(self, path, tt.value, span)

    # ───────────────────────────── entry points ─────────────────────────────

    @_("crate_items")
    def program(self, p):
        return p[0]

    @_("START_EXPR expr")
    def program(self, p):
        return p.expr

    @_("START_ARGS call_args")
    def program(self, p):
        return p.call_args

    @_("START_VEC call_args")
    def program(self, p):
        return ("list", p.call_args)

    @_("START_VEC expr SEMI expr")
    def program(self, p):
        return ("repeat", p.expr0, p.expr1)

    @_("START_MATCHES expr COMMA pat_top",
       "START_MATCHES expr COMMA pat_top COMMA")
    def program(self, p):
        return (p.expr, p.pat_top, None)

    @_("START_MATCHES expr COMMA pat_top IF expr",
       "START_MATCHES expr COMMA pat_top IF expr COMMA")
    def program(self, p):
        return (p.expr0, p.pat_top, p.expr1)

    # ──────────────────────────────── items ────────────────────────────────

    @_("items attrs")
    def crate_items(self, p):
        return (p.items, p.attrs)

    @_("")
    def items(self, p):
        return []

    @_("items item")
    def items(self, p):
        if p.item is not None:
            p.items.append(p.item)
        return p.items

    @_("attrs item_kind")
    def item(self, p):
        node = _free_item(p.item_kind)
        node.attrs = p.attrs + node.attrs
        return node

    @_("attrs visibility item_kind")
    def item(self, p):
        return _with_vis(_free_item(p.item_kind), p.attrs, p.visibility)

    @_("attrs epath NOT TT SEMI", "attrs epath NOT TT")
    def item(self, p):
        # A macro invocation in item position: none of the built-in macros is an item.
        name = p.epath.segments[-1].name
        raise CompileError(error(f"cannot find macro `{name}` in this scope", p.epath.span))

    @_("fn_item", "struct_item", "enum_item", "trait_item", "impl_item", "const_item", "static_item",
       "type_item", "mod_item", "use_item", "extern_crate_item", "macro_rules_item")
    def item_kind(self, p):
        return p[0]

    # ── attributes ──

    @_("")
    def attrs(self, p):
        return []

    @_("attrs attr")
    def attrs(self, p):
        p.attrs.append(p.attr)
        return p.attrs

    @_("POUND LBRACKET meta RBRACKET")
    def attr(self, p):
        node = p.meta
        node.span = self.sp(p)
        return node

    @_("POUND NOT LBRACKET meta RBRACKET")
    def attr(self, p):
        node = p.meta
        node.span = self.sp(p)
        node.inner = True
        return node

    @_("meta_path")
    def meta(self, p):
        return ast.Attribute(p.meta_path, span=self.sp(p))

    @_("meta_path LPAREN meta_args RPAREN")
    def meta(self, p):
        return ast.Attribute(p.meta_path, args=p.meta_args, span=self.sp(p))

    @_("meta_path EQ lit")
    def meta(self, p):
        return ast.Attribute(p.meta_path, value=str(p.lit.value), span=self.sp(p))

    @_("lit")
    def meta(self, p):
        return ast.Attribute("", value=str(p.lit.value), span=self.sp(p))

    @_("IDENT", "SELF", "CRATE", "SUPER", "UNSAFE")
    def meta_path(self, p):
        return p[0]

    @_("meta_path PATHSEP IDENT")
    def meta_path(self, p):
        return f"{p.meta_path}::{p.IDENT}"

    @_("", "meta_list", "meta_list COMMA")
    def meta_args(self, p):
        return p.meta_list if len(p) else []

    @_("meta")
    def meta_list(self, p):
        return [p.meta]

    @_("meta_list COMMA meta")
    def meta_list(self, p):
        p.meta_list.append(p.meta)
        return p.meta_list

    # ── visibility ──

    @_("PUB")
    def visibility(self, p):
        return (ast.Visibility.PUB, self.sp(p))

    @_("PUB LPAREN CRATE RPAREN", "PUB LPAREN SUPER RPAREN", "PUB LPAREN SELF RPAREN")
    def visibility(self, p):
        kind = {"crate": ast.Visibility.PUB_CRATE, "super": ast.Visibility.PUB_SUPER,
                "self": ast.Visibility.PUB_SELF}[p[2]]
        return (kind, self.sp(p))

    @_("PUB LPAREN IN tpath RPAREN")
    def visibility(self, p):
        return (ast.Visibility.PUB_IN, self.sp(p))

    # ── functions ──

    @_("fn_head fn_params ret_opt where_opt block")
    def fn_item(self, p):
        return self.make_fn(p, p.block)

    @_("fn_head fn_params ret_opt where_opt SEMI")
    def fn_item(self, p):
        return self.make_fn(p, None)

    def make_fn(self, p: Any, body: ast.Block | None) -> ast.FnDecl:
        quals, name, name_span, generics = p.fn_head
        generics.where_clause = p.where_opt
        self_param, params = p.fn_params
        return ast.FnDecl(name, name_span, generics, self_param, params, p.ret_opt, body,
                          is_const="const" in quals, is_unsafe="unsafe" in quals, is_async="async" in quals,
                          abi=quals.get("extern"), span=self.sp(p))

    @_("fn_quals FN IDENT generics_opt")
    def fn_head(self, p):
        return (p.fn_quals, p.IDENT, self.tok(p, 2), p.generics_opt)

    @_("")
    def fn_quals(self, p):
        return {}

    @_("CONST", "UNSAFE", "ASYNC", "CONST UNSAFE", "CONST ASYNC", "ASYNC UNSAFE", "CONST ASYNC UNSAFE")
    def fn_quals(self, p):
        return {q: "" for q in p}

    @_("EXTERN", "EXTERN STR", "UNSAFE EXTERN", "UNSAFE EXTERN STR", "CONST EXTERN", "CONST EXTERN STR")
    def fn_quals(self, p):
        quals: dict[str, str] = {q: "" for q in p if q in ("const", "unsafe")}
        quals["extern"] = p[len(p) - 1] if p[len(p) - 1] != "extern" else "C"
        return quals

    @_("LPAREN fn_param_list RPAREN")
    def fn_params(self, p):
        self_param = None
        params: list[ast.Param] = []
        for i, param in enumerate(p.fn_param_list):
            if isinstance(param, ast.SelfParam):
                if i != 0:
                    raise CompileError(error("unexpected `self` parameter in function", param.span,
                                             "must be the first parameter of an associated function"))
                self_param = param
            else:
                params.append(param)
        return (self_param, params)

    @_("", "fn_param_seq", "fn_param_seq COMMA")
    def fn_param_list(self, p):
        return p.fn_param_seq if len(p) else []

    @_("fn_param")
    def fn_param_seq(self, p):
        return [p.fn_param]

    @_("fn_param_seq COMMA fn_param")
    def fn_param_seq(self, p):
        p.fn_param_seq.append(p.fn_param)
        return p.fn_param_seq

    @_("attrs self_param")
    def fn_param(self, p):
        return p.self_param

    @_("attrs pat COLON type")
    def fn_param(self, p):
        return ast.Param(p.pat, p.type, span=self.sp(p))

    @_("SELF")
    def self_param(self, p):
        return ast.SelfParam(ast.SelfKind.VALUE, span=self.sp(p))

    @_("MUT SELF")
    def self_param(self, p):
        return ast.SelfParam(ast.SelfKind.VALUE, mutable=True, span=self.sp(p))

    @_("AND SELF")
    def self_param(self, p):
        return ast.SelfParam(ast.SelfKind.REF, span=self.sp(p))

    @_("AND MUT SELF")
    def self_param(self, p):
        return ast.SelfParam(ast.SelfKind.REF_MUT, span=self.sp(p))

    @_("AND lifetime SELF")
    def self_param(self, p):
        return ast.SelfParam(ast.SelfKind.REF, lifetime=p.lifetime, span=self.sp(p))

    @_("AND lifetime MUT SELF")
    def self_param(self, p):
        return ast.SelfParam(ast.SelfKind.REF_MUT, lifetime=p.lifetime, span=self.sp(p))

    @_("SELF COLON type")
    def self_param(self, p):
        return ast.SelfParam(ast.SelfKind.EXPLICIT, explicit_ty=p.type, span=self.sp(p))

    @_("MUT SELF COLON type")
    def self_param(self, p):
        return ast.SelfParam(ast.SelfKind.EXPLICIT, mutable=True, explicit_ty=p.type, span=self.sp(p))

    @_("")
    def ret_opt(self, p):
        return None

    @_("ARROW type")
    def ret_opt(self, p):
        return p.type

    # ── generics ──

    @_("")
    def generics_opt(self, p):
        return ast.Generics(span=Span(self.file, 0, 0))

    @_("LT generic_params gt")
    def generics_opt(self, p):
        return ast.Generics(p.generic_params, span=self.sp(p))

    @_("GT", "GTGT", "GTEQ")
    def gt(self, p):
        return p[0]

    @_("", "generic_param_seq", "generic_param_seq COMMA")
    def generic_params(self, p):
        return p.generic_param_seq if len(p) else []

    @_("generic_param")
    def generic_param_seq(self, p):
        return [p.generic_param]

    @_("generic_param_seq COMMA generic_param")
    def generic_param_seq(self, p):
        p.generic_param_seq.append(p.generic_param)
        return p.generic_param_seq

    @_("attrs LIFETIME")
    def generic_param(self, p):
        return ast.LifetimeParam(p.LIFETIME, span=self.sp(p))

    @_("attrs LIFETIME COLON lifetime_bounds")
    def generic_param(self, p):
        return ast.LifetimeParam(p.LIFETIME, p.lifetime_bounds, span=self.sp(p))

    @_("attrs IDENT")
    def generic_param(self, p):
        return ast.TypeParam(p.IDENT, span=self.sp(p))

    @_("attrs IDENT COLON bounds_opt")
    def generic_param(self, p):
        return ast.TypeParam(p.IDENT, p.bounds_opt, span=self.sp(p))

    @_("attrs IDENT EQ type")
    def generic_param(self, p):
        return ast.TypeParam(p.IDENT, default=p.type, span=self.sp(p))

    @_("attrs IDENT COLON bounds_opt EQ type")
    def generic_param(self, p):
        return ast.TypeParam(p.IDENT, p.bounds_opt, default=p.type, span=self.sp(p))

    @_("attrs CONST IDENT COLON type")
    def generic_param(self, p):
        return ast.ConstParam(p.IDENT, p.type, span=self.sp(p))

    @_("attrs CONST IDENT COLON type EQ generic_const")
    def generic_param(self, p):
        return ast.ConstParam(p.IDENT, p.type, p.generic_const, span=self.sp(p))

    @_("lifetime")
    def lifetime_bounds(self, p):
        return [p.lifetime]

    @_("lifetime_bounds PLUS lifetime")
    def lifetime_bounds(self, p):
        p.lifetime_bounds.append(p.lifetime)
        return p.lifetime_bounds

    @_("LIFETIME")
    def lifetime(self, p):
        return ast.Lifetime(p.LIFETIME, span=self.sp(p))

    @_("", "bounds")
    def bounds_opt(self, p):
        return p.bounds if len(p) else []

    @_("bound")
    def bounds(self, p):
        return [p.bound]

    @_("bounds PLUS bound")
    def bounds(self, p):
        p.bounds.append(p.bound)
        return p.bounds

    @_("tpath")
    def bound(self, p):
        return ast.TraitBound(p.tpath, span=self.sp(p))

    @_("QUESTION tpath")
    def bound(self, p):
        return ast.TraitBound(p.tpath, maybe=True, span=self.sp(p))

    @_("FOR LT generic_params gt tpath")
    def bound(self, p):
        names = [g.name for g in p.generic_params]
        return ast.TraitBound(p.tpath, for_lifetimes=names, span=self.sp(p))

    @_("LPAREN tpath RPAREN")
    def bound(self, p):
        return ast.TraitBound(p.tpath, span=self.sp(p))

    @_("lifetime")
    def bound(self, p):
        return ast.LifetimeBound(p.lifetime, span=self.sp(p))

    @_("")
    def where_opt(self, p):
        return []

    @_("WHERE where_preds")
    def where_opt(self, p):
        return p.where_preds

    @_("", "where_pred_seq", "where_pred_seq COMMA")
    def where_preds(self, p):
        return p.where_pred_seq if len(p) else []

    @_("where_pred")
    def where_pred_seq(self, p):
        return [p.where_pred]

    @_("where_pred_seq COMMA where_pred")
    def where_pred_seq(self, p):
        p.where_pred_seq.append(p.where_pred)
        return p.where_pred_seq

    @_("type COLON bounds_opt")
    def where_pred(self, p):
        return ast.WherePredicate(p.type, p.bounds_opt, span=self.sp(p))

    @_("FOR LT generic_params gt type COLON bounds_opt")
    def where_pred(self, p):
        names = [g.name for g in p.generic_params]
        return ast.WherePredicate(p.type, p.bounds_opt, for_lifetimes=names, span=self.sp(p))

    @_("lifetime COLON lifetime_bounds")
    def where_pred(self, p):
        return ast.WherePredicate(None, lifetime=p.lifetime, lifetime_bounds=p.lifetime_bounds, span=self.sp(p))

    # ── structs and enums ──

    @_("STRUCT IDENT generics_opt where_opt LBRACE named_fields RBRACE")
    def struct_item(self, p):
        p.generics_opt.where_clause = p.where_opt
        return ast.StructDecl(p.IDENT, self.tok(p, 1), p.generics_opt, ast.StructKind.NAMED,
                              p.named_fields, span=self.sp(p))

    @_("STRUCT IDENT generics_opt LPAREN tuple_fields RPAREN where_opt SEMI")
    def struct_item(self, p):
        p.generics_opt.where_clause = p.where_opt
        return ast.StructDecl(p.IDENT, self.tok(p, 1), p.generics_opt, ast.StructKind.TUPLE,
                              p.tuple_fields, span=self.sp(p))

    @_("STRUCT IDENT generics_opt where_opt SEMI")
    def struct_item(self, p):
        p.generics_opt.where_clause = p.where_opt
        return ast.StructDecl(p.IDENT, self.tok(p, 1), p.generics_opt, ast.StructKind.UNIT, [], span=self.sp(p))

    @_("", "named_field_seq", "named_field_seq COMMA")
    def named_fields(self, p):
        return p.named_field_seq if len(p) else []

    @_("named_field")
    def named_field_seq(self, p):
        return [p.named_field]

    @_("named_field_seq COMMA named_field")
    def named_field_seq(self, p):
        p.named_field_seq.append(p.named_field)
        return p.named_field_seq

    @_("attrs IDENT COLON type")
    def named_field(self, p):
        return ast.FieldDef(p.IDENT, p.type, attrs=p.attrs, span=self.sp(p))

    @_("attrs visibility IDENT COLON type")
    def named_field(self, p):
        return ast.FieldDef(p.IDENT, p.type, vis=p.visibility[0], attrs=p.attrs, span=self.sp(p))

    @_("", "tuple_field_seq", "tuple_field_seq COMMA")
    def tuple_fields(self, p):
        return p.tuple_field_seq if len(p) else []

    @_("tuple_field")
    def tuple_field_seq(self, p):
        return [p.tuple_field]

    @_("tuple_field_seq COMMA tuple_field")
    def tuple_field_seq(self, p):
        p.tuple_field_seq.append(p.tuple_field)
        return p.tuple_field_seq

    @_("attrs type")
    def tuple_field(self, p):
        return ast.FieldDef(None, p.type, attrs=p.attrs, span=self.sp(p))

    @_("attrs visibility type")
    def tuple_field(self, p):
        return ast.FieldDef(None, p.type, vis=p.visibility[0], attrs=p.attrs, span=self.sp(p))

    @_("ENUM IDENT generics_opt where_opt LBRACE variants RBRACE")
    def enum_item(self, p):
        p.generics_opt.where_clause = p.where_opt
        return ast.EnumDecl(p.IDENT, self.tok(p, 1), p.generics_opt, p.variants, span=self.sp(p))

    @_("", "variant_seq", "variant_seq COMMA")
    def variants(self, p):
        return p.variant_seq if len(p) else []

    @_("variant")
    def variant_seq(self, p):
        return [p.variant]

    @_("variant_seq COMMA variant")
    def variant_seq(self, p):
        p.variant_seq.append(p.variant)
        return p.variant_seq

    @_("attrs IDENT")
    def variant(self, p):
        return ast.Variant(p.IDENT, self.tok(p, 1), ast.StructKind.UNIT, [], attrs=p.attrs, span=self.sp(p))

    @_("attrs IDENT EQ expr")
    def variant(self, p):
        return ast.Variant(p.IDENT, self.tok(p, 1), ast.StructKind.UNIT, [], discriminant=p.expr,
                           attrs=p.attrs, span=self.sp(p))

    @_("attrs IDENT LPAREN tuple_fields RPAREN")
    def variant(self, p):
        return ast.Variant(p.IDENT, self.tok(p, 1), ast.StructKind.TUPLE, p.tuple_fields, attrs=p.attrs,
                           span=self.sp(p))

    @_("attrs IDENT LBRACE named_fields RBRACE")
    def variant(self, p):
        return ast.Variant(p.IDENT, self.tok(p, 1), ast.StructKind.NAMED, p.named_fields, attrs=p.attrs,
                           span=self.sp(p))

    # ── traits and impls ──

    @_("TRAIT IDENT generics_opt supertraits where_opt LBRACE assoc_items RBRACE",
       "UNSAFE TRAIT IDENT generics_opt supertraits where_opt LBRACE assoc_items RBRACE")
    def trait_item(self, p):
        p.generics_opt.where_clause = p.where_opt
        name_index = 2 if p[0] == "unsafe" else 1
        return ast.TraitDecl(p.IDENT, self.tok(p, name_index), p.generics_opt, p.supertraits, p.assoc_items,
                             is_unsafe=p[0] == "unsafe", span=self.sp(p))

    @_("")
    def supertraits(self, p):
        return []

    @_("COLON bounds_opt")
    def supertraits(self, p):
        return p.bounds_opt

    @_("")
    def assoc_items(self, p):
        return []

    @_("assoc_items attrs assoc_item")
    def assoc_items(self, p):
        p.assoc_item.attrs = p.attrs + p.assoc_item.attrs
        p.assoc_items.append(p.assoc_item)
        return p.assoc_items

    @_("assoc_items attrs visibility assoc_item")
    def assoc_items(self, p):
        p.assoc_items.append(_with_vis(p.assoc_item, p.attrs, p.visibility))
        return p.assoc_items

    @_("fn_item", "const_item", "type_item")
    def assoc_item(self, p):
        return p[0]

    @_("impl_head LBRACE assoc_items RBRACE")
    def impl_item(self, p):
        node = p.impl_head
        node.items = p.assoc_items
        node.span = self.sp(p)
        return node

    @_("IMPL generics_opt type where_opt", "UNSAFE IMPL generics_opt type where_opt")
    def impl_head(self, p):
        p.generics_opt.where_clause = p.where_opt
        return ast.ImplDecl(p.generics_opt, None, p.type, [], is_unsafe=p[0] == "unsafe", span=self.sp(p))

    @_("IMPL generics_opt type FOR type where_opt", "UNSAFE IMPL generics_opt type FOR type where_opt")
    def impl_head(self, p):
        p.generics_opt.where_clause = p.where_opt
        trait = p.type0
        if not isinstance(trait, ast.PathType) or trait.qself is not None:
            raise CompileError(error("expected a trait, found type", trait.span))
        return ast.ImplDecl(p.generics_opt, trait.path, p.type1, [], is_unsafe=p[0] == "unsafe", span=self.sp(p))

    @_("IMPL generics_opt NOT tpath FOR type where_opt")
    def impl_head(self, p):
        p.generics_opt.where_clause = p.where_opt
        return ast.ImplDecl(p.generics_opt, p.tpath, p.type, [], negative=True, span=self.sp(p))

    # ── other items ──

    @_("CONST IDENT COLON type EQ expr SEMI", "CONST UNDERSCORE COLON type EQ expr SEMI")
    def const_item(self, p):
        return ast.ConstDecl(p[1], self.tok(p, 1), p.type, p.expr, span=self.sp(p))

    @_("CONST IDENT COLON type SEMI")
    def const_item(self, p):
        return ast.ConstDecl(p.IDENT, self.tok(p, 1), p.type, None, span=self.sp(p))

    @_("STATIC IDENT COLON type EQ expr SEMI")
    def static_item(self, p):
        return ast.StaticDecl(p.IDENT, self.tok(p, 1), p.type, p.expr, span=self.sp(p))

    @_("STATIC MUT IDENT COLON type EQ expr SEMI")
    def static_item(self, p):
        return ast.StaticDecl(p.IDENT, self.tok(p, 2), p.type, p.expr, mutable=True, span=self.sp(p))

    @_("TYPE IDENT generics_opt where_opt EQ type SEMI")
    def type_item(self, p):
        p.generics_opt.where_clause = p.where_opt
        return ast.TypeAliasDecl(p.IDENT, self.tok(p, 1), p.generics_opt, p.type, span=self.sp(p))

    @_("TYPE IDENT generics_opt where_opt SEMI")
    def type_item(self, p):
        p.generics_opt.where_clause = p.where_opt
        return ast.TypeAliasDecl(p.IDENT, self.tok(p, 1), p.generics_opt, None, span=self.sp(p))

    @_("TYPE IDENT generics_opt COLON bounds_opt where_opt SEMI")
    def type_item(self, p):
        p.generics_opt.where_clause = p.where_opt
        return ast.TypeAliasDecl(p.IDENT, self.tok(p, 1), p.generics_opt, None, p.bounds_opt, span=self.sp(p))

    @_("MOD IDENT SEMI")
    def mod_item(self, p):
        return ast.ModDecl(p.IDENT, self.tok(p, 1), [], inline=False, span=self.sp(p))

    @_("MOD IDENT LBRACE crate_items RBRACE")
    def mod_item(self, p):
        items, inner = split_inner_attrs(*p.crate_items)
        return ast.ModDecl(p.IDENT, self.tok(p, 1), items, inline=True, attrs=inner, span=self.sp(p))

    @_("USE use_tree SEMI")
    def use_item(self, p):
        return ast.UseDecl(p.use_tree, span=self.sp(p))

    @_("use_path")
    def use_tree(self, p):
        return ast.UseTree(p.use_path, ast.UseTreeKind.SIMPLE, span=self.sp(p))

    @_("use_path AS IDENT", "use_path AS UNDERSCORE")
    def use_tree(self, p):
        return ast.UseTree(p.use_path, ast.UseTreeKind.SIMPLE, rename=p[2], span=self.sp(p))

    @_("use_path PATHSEP STAR")
    def use_tree(self, p):
        return ast.UseTree(p.use_path, ast.UseTreeKind.GLOB, span=self.sp(p))

    @_("STAR", "PATHSEP STAR")
    def use_tree(self, p):
        return ast.UseTree(self.empty_path(p, p[0] == "::"), ast.UseTreeKind.GLOB, span=self.sp(p))

    @_("use_path PATHSEP LBRACE use_trees RBRACE")
    def use_tree(self, p):
        return ast.UseTree(p.use_path, ast.UseTreeKind.NESTED, nested=p.use_trees, span=self.sp(p))

    @_("LBRACE use_trees RBRACE", "PATHSEP LBRACE use_trees RBRACE")
    def use_tree(self, p):
        return ast.UseTree(self.empty_path(p, p[0] == "::"), ast.UseTreeKind.NESTED, nested=p.use_trees,
                           span=self.sp(p))

    def empty_path(self, p: Any, global_: bool) -> ast.Path:
        return ast.Path([], global_=global_, span=self.tok(p, 0).shrink_to_lo())

    @_("", "use_tree_seq", "use_tree_seq COMMA")
    def use_trees(self, p):
        return p.use_tree_seq if len(p) else []

    @_("use_tree")
    def use_tree_seq(self, p):
        return [p.use_tree]

    @_("use_tree_seq COMMA use_tree")
    def use_tree_seq(self, p):
        p.use_tree_seq.append(p.use_tree)
        return p.use_tree_seq

    @_("path_seg")
    def use_path(self, p):
        return ast.Path([p.path_seg], span=self.sp(p))

    @_("PATHSEP path_seg")
    def use_path(self, p):
        return ast.Path([p.path_seg], global_=True, span=self.sp(p))

    @_("use_path PATHSEP path_seg")
    def use_path(self, p):
        p.use_path.segments.append(p.path_seg)
        p.use_path.span = self.sp(p)
        return p.use_path

    @_("EXTERN CRATE IDENT SEMI", "EXTERN CRATE IDENT AS IDENT SEMI")
    def extern_crate_item(self, p):
        return ast.ExternCrateDecl(p[2], span=self.sp(p))

    @_("epath NOT IDENT TT")
    def macro_rules_item(self, p):
        if p.epath.names() != ["macro_rules"]:
            raise CompileError(error("expected one of `(`, `[`, or `{`, found " f"`{p.IDENT}`", self.tok(p, 2)))
        return ast.MacroRulesDecl(p.IDENT, span=self.sp(p))

    # ─────────────────────────────── paths ───────────────────────────────

    @_("IDENT", "SELF", "SELFTYPE", "SUPER", "CRATE")
    def path_seg(self, p):
        return ast.PathSegment(p[0], span=self.sp(p))

    # Expression paths: generic arguments need `::<`.
    @_("path_seg")
    def epath(self, p):
        return ast.Path([p.path_seg], span=self.sp(p))

    @_("PATHSEP path_seg")
    def epath(self, p):
        return ast.Path([p.path_seg], global_=True, span=self.sp(p))

    @_("epath PATHSEP path_seg")
    def epath(self, p):
        p.epath.segments.append(p.path_seg)
        p.epath.span = self.sp(p)
        return p.epath

    @_("epath PATHSEP generic_args")
    def epath(self, p):
        p.epath.segments[-1].generic_args = p.generic_args
        p.epath.span = self.sp(p)
        return p.epath

    # Type paths: `<` directly after a segment opens generic arguments; `Fn(A) -> B`
    # sugar can only end a path.
    @_("tpath_plain")
    def tpath(self, p):
        return p.tpath_plain

    @_("tpath_plain LPAREN type_list RPAREN")
    def tpath(self, p):
        return self.fn_sugar(p, None)

    @_("tpath_plain LPAREN type_list RPAREN ARROW type_nb")
    def tpath(self, p):
        return self.fn_sugar(p, p.type_nb)

    def fn_sugar(self, p: Any, output: ast.Type | None) -> ast.Path:
        path = p.tpath_plain
        last = path.segments[-1]
        span = Span(self.file, last.span.lo, p.end)
        last.generic_args = ast.GenericArgs(p.type_list, parenthesized=True, output=output, span=span)
        last.span = span
        path.span = self.sp(p)
        return path

    @_("tpath_seg")
    def tpath_plain(self, p):
        return ast.Path([p.tpath_seg], span=self.sp(p))

    @_("PATHSEP tpath_seg")
    def tpath_plain(self, p):
        return ast.Path([p.tpath_seg], global_=True, span=self.sp(p))

    @_("tpath_plain PATHSEP tpath_seg")
    def tpath_plain(self, p):
        p.tpath_plain.segments.append(p.tpath_seg)
        p.tpath_plain.span = self.sp(p)
        return p.tpath_plain

    @_("tpath_plain PATHSEP generic_args")
    def tpath_plain(self, p):
        p.tpath_plain.segments[-1].generic_args = p.generic_args
        p.tpath_plain.span = self.sp(p)
        return p.tpath_plain

    @_("path_seg")
    def tpath_seg(self, p):
        return p.path_seg

    @_("path_seg generic_args")
    def tpath_seg(self, p):
        p.path_seg.generic_args = p.generic_args
        p.path_seg.span = self.sp(p)
        return p.path_seg

    @_("LT gt")
    def generic_args(self, p):
        return ast.GenericArgs(span=self.sp(p))

    @_("LT generic_arg_seq gt", "LT generic_arg_seq COMMA gt")
    def generic_args(self, p):
        args = [a for a in p.generic_arg_seq if not isinstance(a, ast.AssocBinding)]
        bindings = [a for a in p.generic_arg_seq if isinstance(a, ast.AssocBinding)]
        return ast.GenericArgs(args, bindings, span=self.sp(p))

    @_("generic_arg")
    def generic_arg_seq(self, p):
        return [p.generic_arg]

    @_("generic_arg_seq COMMA generic_arg")
    def generic_arg_seq(self, p):
        p.generic_arg_seq.append(p.generic_arg)
        return p.generic_arg_seq

    @_("type", "lifetime", "generic_const")
    def generic_arg(self, p):
        return p[0]

    @_("IDENT EQ type")
    def generic_arg(self, p):
        return ast.AssocBinding(p.IDENT, p.type, span=self.sp(p))

    @_("lit", "block_expr")
    def generic_const(self, p):
        return p[0]

    @_("MINUS lit")
    def generic_const(self, p):
        return ast.Unary(ast.UnOp.NEG, p.lit, span=self.sp(p))

    @_("LT type AS tpath gt", "LT type gt")
    def qself(self, p):
        return ast.QSelf(p.type, p.tpath if len(p) == 5 else None, span=self.sp(p))

    # ─────────────────────────────── types ───────────────────────────────

    @_("type_nb")
    def type(self, p):
        return p.type_nb

    @_("IMPL bound PLUS bounds")
    def type(self, p):
        return ast.ImplTraitType([p.bound, *p.bounds], span=self.sp(p))

    @_("DYN bound PLUS bounds")
    def type(self, p):
        return ast.DynTraitType([p.bound, *p.bounds], span=self.sp(p))

    @_("tpath")
    def type_nb(self, p):
        return ast.PathType(p.tpath, span=self.sp(p))

    @_("qself PATHSEP tpath")
    def type_nb(self, p):
        return ast.PathType(p.tpath, p.qself, span=self.sp(p))

    @_("AND type_nb")
    def type_nb(self, p):
        return ast.RefType(p.type_nb, span=self.sp(p))

    @_("AND MUT type_nb")
    def type_nb(self, p):
        return ast.RefType(p.type_nb, mutable=True, span=self.sp(p))

    @_("AND lifetime type_nb")
    def type_nb(self, p):
        return ast.RefType(p.type_nb, lifetime=p.lifetime, span=self.sp(p))

    @_("AND lifetime MUT type_nb")
    def type_nb(self, p):
        return ast.RefType(p.type_nb, mutable=True, lifetime=p.lifetime, span=self.sp(p))

    @_("ANDAND type_nb", "ANDAND MUT type_nb")
    def type_nb(self, p):
        inner = ast.RefType(p.type_nb, mutable=len(p) == 3, span=self.sp(p))
        return ast.RefType(inner, span=self.sp(p))

    @_("STAR CONST type_nb", "STAR MUT type_nb")
    def type_nb(self, p):
        return ast.RawPtrType(p.type_nb, mutable=p[1] == "mut", span=self.sp(p))

    @_("LBRACKET type RBRACKET")
    def type_nb(self, p):
        return ast.SliceType(p.type, span=self.sp(p))

    @_("LBRACKET type SEMI expr RBRACKET")
    def type_nb(self, p):
        return ast.ArrayType(p.type, p.expr, span=self.sp(p))

    @_("LPAREN RPAREN")
    def type_nb(self, p):
        return ast.TupleType([], span=self.sp(p))

    @_("LPAREN type RPAREN")
    def type_nb(self, p):
        return p.type

    @_("LPAREN type COMMA type_list RPAREN")
    def type_nb(self, p):
        return ast.TupleType([p.type, *p.type_list], span=self.sp(p))

    @_("NOT")
    def type_nb(self, p):
        return ast.NeverType(span=self.sp(p))

    @_("UNDERSCORE")
    def type_nb(self, p):
        return ast.InferType(span=self.sp(p))

    @_("IMPL bound")
    def type_nb(self, p):
        return ast.ImplTraitType([p.bound], span=self.sp(p))

    @_("DYN bound")
    def type_nb(self, p):
        return ast.DynTraitType([p.bound], span=self.sp(p))

    @_("fn_ptr_quals FN LPAREN fn_ptr_params RPAREN")
    def type_nb(self, p):
        return ast.FnPtrType(p.fn_ptr_params, None, span=self.sp(p))

    @_("fn_ptr_quals FN LPAREN fn_ptr_params RPAREN ARROW type_nb")
    def type_nb(self, p):
        return ast.FnPtrType(p.fn_ptr_params, p.type_nb, span=self.sp(p))

    @_("", "UNSAFE", "EXTERN STR", "UNSAFE EXTERN STR")
    def fn_ptr_quals(self, p):
        return None

    @_("", "fn_ptr_param_seq", "fn_ptr_param_seq COMMA")
    def fn_ptr_params(self, p):
        return p.fn_ptr_param_seq if len(p) else []

    @_("fn_ptr_param")
    def fn_ptr_param_seq(self, p):
        return [p.fn_ptr_param]

    @_("fn_ptr_param_seq COMMA fn_ptr_param")
    def fn_ptr_param_seq(self, p):
        p.fn_ptr_param_seq.append(p.fn_ptr_param)
        return p.fn_ptr_param_seq

    @_("type")
    def fn_ptr_param(self, p):
        return p.type

    @_("IDENT COLON type", "UNDERSCORE COLON type")
    def fn_ptr_param(self, p):
        return p.type

    @_("", "type_seq", "type_seq COMMA")
    def type_list(self, p):
        return p.type_seq if len(p) else []

    @_("type")
    def type_seq(self, p):
        return [p.type]

    @_("type_seq COMMA type")
    def type_seq(self, p):
        p.type_seq.append(p.type)
        return p.type_seq

    # ──────────────────────────── statements ────────────────────────────

    @_("LBRACE stmts attrs RBRACE")
    def block(self, p):
        return _finish_block(p.stmts, None, self.sp(p))

    @_("LBRACE stmts attrs sexpr RBRACE")
    def block(self, p):
        return _finish_block(p.stmts, p.sexpr, self.sp(p))

    @_("")
    def stmts(self, p):
        return []

    @_("stmts attrs stmt")
    def stmts(self, p):
        stmt = p.stmt
        previous = p.stmts[-1] if p.stmts else None
        if (isinstance(stmt, ast.EmptyStmt) and isinstance(previous, ast.ExprStmt)
                and not previous.has_semi and not p.attrs):
            # `if c {} ;` — the `;` belongs to the block-like expression statement.
            previous.has_semi = True
            previous.span = previous.span.to(stmt.span)
            return p.stmts
        if isinstance(stmt, ast.ItemStmt):
            stmt.item.attrs = p.attrs + stmt.item.attrs
        p.stmts.append(stmt)
        return p.stmts

    @_("SEMI")
    def stmt(self, p):
        return ast.EmptyStmt(span=self.sp(p))

    @_("LET pat_top let_ty SEMI")
    def stmt(self, p):
        return ast.LetStmt(p.pat_top, p.let_ty, span=self.sp(p))

    @_("LET pat_top let_ty EQ expr SEMI")
    def stmt(self, p):
        return ast.LetStmt(p.pat_top, p.let_ty, p.expr, span=self.sp(p))

    @_("LET pat_top let_ty EQ expr ELSE block SEMI")
    def stmt(self, p):
        return ast.LetStmt(p.pat_top, p.let_ty, p.expr, p.block, span=self.sp(p))

    @_("")
    def let_ty(self, p):
        return None

    @_("COLON type")
    def let_ty(self, p):
        return p.type

    @_("sexpr SEMI")
    def stmt(self, p):
        return ast.ExprStmt(p.sexpr, has_semi=True, span=self.sp(p))

    @_("blocklike")
    def stmt(self, p):
        return ast.ExprStmt(p.blocklike, has_semi=False, span=self.sp(p))

    @_("item_kind")
    def stmt(self, p):
        return ast.ItemStmt(_free_item(p.item_kind), span=self.sp(p))

    @_("visibility item_kind")
    def stmt(self, p):
        return ast.ItemStmt(_with_vis(_free_item(p.item_kind), [], p.visibility), span=self.sp(p))

    # ──────────────────────────── expressions ────────────────────────────

    # Literals.
    @_("INT", "FLOAT", "STR", "BSTR", "CHAR", "BYTE", "TRUE", "FALSE")
    def lit(self, p):
        return self.make_lit(p._slice[0])

    def make_lit(self, t: Token) -> ast.Lit:
        span = Span(self.file, t.index, t.end)
        if t.type in ("INT", "FLOAT"):
            value, suffix = t.value
            kind = ast.LitKind.INT if t.type == "INT" else ast.LitKind.FLOAT
            return ast.Lit(kind, value, suffix, span=span)
        if t.type in ("TRUE", "FALSE"):
            return ast.Lit(ast.LitKind.BOOL, t.type == "TRUE", span=span)
        kind = {"STR": ast.LitKind.STR, "BSTR": ast.LitKind.BYTE_STR, "CHAR": ast.LitKind.CHAR,
                "BYTE": ast.LitKind.BYTE}[t.type]
        return ast.Lit(kind, t.value, span=span)

    # Primary expressions shared by all three grammars.
    @_("lit")
    def primary_common(self, p):
        return p.lit

    @_("epath")
    def primary_common(self, p):
        return ast.PathExpr(p.epath, span=self.sp(p))

    @_("qself PATHSEP epath")
    def primary_common(self, p):
        return ast.PathExpr(p.epath, p.qself, span=self.sp(p))

    @_("epath NOT TT")
    def primary_common(self, p):
        return self.macro(p.epath, p._slice[2], self.sp(p))

    @_("LPAREN expr RPAREN")
    def primary_common(self, p):
        self.parenthesized.add(p.expr.id)
        return p.expr

    @_("LPAREN RPAREN")
    def primary_common(self, p):
        return ast.Tuple([], span=self.sp(p))

    @_("LPAREN expr COMMA RPAREN")
    def primary_common(self, p):
        return ast.Tuple([p.expr], span=self.sp(p))

    @_("LPAREN expr COMMA expr_seq RPAREN", "LPAREN expr COMMA expr_seq COMMA RPAREN")
    def primary_common(self, p):
        return ast.Tuple([p.expr, *p.expr_seq], span=self.sp(p))

    @_("LBRACKET call_args RBRACKET")
    def primary_common(self, p):
        return ast.Array(p.call_args, span=self.sp(p))

    @_("LBRACKET expr SEMI expr RBRACKET")
    def primary_common(self, p):
        return ast.Repeat(p.expr0, p.expr1, span=self.sp(p))

    @_("UNDERSCORE")
    def primary_common(self, p):
        return ast.Underscore(span=self.sp(p))

    @_("CONTINUE")
    def primary_common(self, p):
        return ast.Continue(span=self.sp(p))

    @_("CONTINUE LIFETIME")
    def primary_common(self, p):
        return ast.Continue(p.LIFETIME, span=self.sp(p))

    @_("", "expr_seq", "expr_seq COMMA")
    def call_args(self, p):
        return p.expr_seq if len(p) else []

    @_("expr")
    def expr_seq(self, p):
        return [p.expr]

    @_("expr_seq COMMA expr")
    def expr_seq(self, p):
        p.expr_seq.append(p.expr)
        return p.expr_seq

    # Struct literals.
    @_("epath LBRACE struct_fields RBRACE")
    def struct_lit(self, p):
        fields, base = p.struct_fields
        return ast.StructLit(p.epath, fields, base, span=self.sp(p))

    @_("", "field_init_seq", "field_init_seq COMMA")
    def struct_fields(self, p):
        return (p.field_init_seq if len(p) else [], None)

    @_("field_init_seq COMMA DOTDOT expr")
    def struct_fields(self, p):
        return (p.field_init_seq, p.expr)

    @_("DOTDOT expr")
    def struct_fields(self, p):
        return ([], p.expr)

    @_("field_init")
    def field_init_seq(self, p):
        return [p.field_init]

    @_("field_init_seq COMMA field_init")
    def field_init_seq(self, p):
        p.field_init_seq.append(p.field_init)
        return p.field_init_seq

    @_("IDENT COLON expr")
    def field_init(self, p):
        return ast.FieldInit(p.IDENT, p.expr, span=self.sp(p))

    @_("INT COLON expr")
    def field_init(self, p):
        return ast.FieldInit(str(p.INT[0]), p.expr, span=self.sp(p))

    @_("IDENT")
    def field_init(self, p):
        span = self.sp(p)
        path = ast.Path([ast.PathSegment(p.IDENT, span=span)], span=span)
        return ast.FieldInit(p.IDENT, ast.PathExpr(path, span=span), shorthand=True, span=span)

    # Block-like expressions.
    @_("block")
    def block_expr(self, p):
        return ast.BlockExpr(p.block, span=self.sp(p))

    @_("block_expr", "if_expr", "match_expr")
    def blocklike(self, p):
        return p[0]

    @_("UNSAFE block")
    def blocklike(self, p):
        p.block.unsafe = True
        return ast.BlockExpr(p.block, span=self.sp(p))

    @_("LOOP block")
    def blocklike(self, p):
        return ast.Loop(p.block, span=self.sp(p))

    @_("WHILE cond block")
    def blocklike(self, p):
        return ast.While(p.cond, p.block, span=self.sp(p))

    @_("FOR pat_top IN nexpr block")
    def blocklike(self, p):
        return ast.ForLoop(p.pat_top, p.nexpr, p.block, span=self.sp(p))

    @_("LIFETIME COLON blocklike")
    def blocklike(self, p):
        node = p.blocklike
        if not isinstance(node, (ast.Loop, ast.While, ast.ForLoop, ast.BlockExpr)):
            raise CompileError(error("expected `while`, `for`, `loop` or `{` after a label", node.span))
        node.label = p.LIFETIME
        node.span = self.sp(p)
        return node

    @_("IF cond block")
    def if_expr(self, p):
        return ast.If(p.cond, p.block, span=self.sp(p))

    @_("IF cond block ELSE block_expr", "IF cond block ELSE if_expr")
    def if_expr(self, p):
        return ast.If(p.cond, p.block, p[4], span=self.sp(p))

    @_("nexpr")
    def cond(self, p):
        return p.nexpr

    @_("LET pat_top EQ nexpr")
    def cond(self, p):
        return ast.Let(p.pat_top, p.nexpr, span=self.sp(p))

    @_("MATCH nexpr LBRACE arms RBRACE")
    def match_expr(self, p):
        return ast.Match(p.nexpr, p.arms, span=self.sp(p))

    @_("MATCH nexpr LBRACE arms arm_head sexpr RBRACE")
    def match_expr(self, p):
        pat, guard, span = p.arm_head
        arm = ast.Arm(pat, guard, p.sexpr, span=span.to(p.sexpr.span))
        return ast.Match(p.nexpr, [*p.arms, arm], span=self.sp(p))

    @_("")
    def arms(self, p):
        return []

    @_("arms arm_head sexpr COMMA", "arms arm_head blocklike", "arms arm_head blocklike COMMA")
    def arms(self, p):
        pat, guard, span = p.arm_head
        body = p[2]
        p.arms.append(ast.Arm(pat, guard, body, span=span.to(body.span)))
        return p.arms

    @_("attrs pat_top FATARROW")
    def arm_head(self, p):
        return (p.pat_top, None, self.sp(p))

    @_("attrs pat_top IF expr FATARROW")
    def arm_head(self, p):
        return (p.pat_top, p.expr, self.sp(p))

    # Closures.
    @_("OROR", "OR OR")
    def closure_head(self, p):
        return (False, [], self.sp(p))

    @_("MOVE OROR", "MOVE OR OR")
    def closure_head(self, p):
        return (True, [], self.sp(p))

    @_("OR closure_params OR")
    def closure_head(self, p):
        return (False, p.closure_params, self.sp(p))

    @_("MOVE OR closure_params OR")
    def closure_head(self, p):
        return (True, p.closure_params, self.sp(p))

    @_("closure_param_seq", "closure_param_seq COMMA")
    def closure_params(self, p):
        return p.closure_param_seq

    @_("closure_param")
    def closure_param_seq(self, p):
        return [p.closure_param]

    @_("closure_param_seq COMMA closure_param")
    def closure_param_seq(self, p):
        p.closure_param_seq.append(p.closure_param)
        return p.closure_param_seq

    @_("pat")
    def closure_param(self, p):
        return ast.ClosureParam(p.pat, span=self.sp(p))

    @_("pat COLON type")
    def closure_param(self, p):
        return ast.ClosureParam(p.pat, p.type, span=self.sp(p))

    @_("closure_head expr %prec CLOSURE")
    def closure(self, p):
        is_move, params, _ = p.closure_head
        return ast.Closure(params, None, p.expr, is_move, span=self.sp(p))

    @_("closure_head ARROW type_nb block_expr")
    def closure(self, p):
        is_move, params, _ = p.closure_head
        return ast.Closure(params, p.type_nb, p.block_expr, is_move, span=self.sp(p))

    # ── the full expression grammar `expr` ──

    @_("primary_common", "struct_lit", "blocklike")
    def primary(self, p):
        return p[0]

    @_("primary")
    def postfix(self, p):
        return p[0]

    @_("postfix DOT IDENT %prec FIELD", "postfix DOT INT", "postfix DOT FLOAT", "postfix DOT AWAIT")
    def postfix(self, p):
        return self.field(p)

    @_("postfix DOT IDENT LPAREN call_args RPAREN")
    def postfix(self, p):
        return self.method_call(p, None)

    @_("postfix DOT IDENT PATHSEP generic_args LPAREN call_args RPAREN")
    def postfix(self, p):
        return self.method_call(p, p.generic_args)

    @_("postfix LPAREN call_args RPAREN")
    def postfix(self, p):
        return ast.Call(p[0], p.call_args, span=self.sp(p))

    @_("postfix LBRACKET expr RBRACKET")
    def postfix(self, p):
        return ast.Index(p[0], p.expr, span=self.sp(p))

    @_("postfix QUESTION")
    def postfix(self, p):
        return ast.Try(p[0], span=self.sp(p))

    def field(self, p: Any) -> ast.Expr:
        """`e.name`, `e.0`, and `e.0.1` (the lexer's float `0.1` split in two)."""
        base = p[0]
        name_tok = p._slice[2]
        name_span = self.tok(p, 2)
        if name_tok.type == "AWAIT":
            raise CompileError(error("`await` is only allowed inside `async` functions and blocks",
                                     name_span, code="E0728"))
        if name_tok.type == "INT":
            value, suffix = name_tok.value
            if suffix:
                raise CompileError(error(f"suffixes on a tuple index are invalid", name_span,
                                         f"invalid suffix `{suffix}`"))
            return ast.Field(base, str(value), name_span, span=self.sp(p))
        if name_tok.type == "FLOAT":
            digits, suffix = name_tok.value
            parts = digits.split(".")
            if suffix or len(parts) != 2 or not parts[0].isdigit() or not parts[1].isdigit():
                raise CompileError(error(f"unexpected token: `{self.text_of(name_span)}`", name_span))
            first_hi = name_span.lo + len(parts[0])
            first = ast.Field(base, parts[0], Span(self.file, name_span.lo, first_hi),
                              span=Span(self.file, base.span.lo, first_hi))
            return ast.Field(first, parts[1], Span(self.file, first_hi + 1, name_span.hi), span=self.sp(p))
        return ast.Field(base, p[2], name_span, span=self.sp(p))

    def text_of(self, span: Span) -> str:
        return self.text.encode("utf-8")[span.lo:span.hi].decode("utf-8", errors="replace")

    def method_call(self, p: Any, generic_args: ast.GenericArgs | None) -> ast.MethodCall:
        return ast.MethodCall(p[0], p.IDENT, self.tok(p, 2), generic_args, p.call_args, span=self.sp(p))

    @_("postfix")
    def unary(self, p):
        return p.postfix

    @_("MINUS unary", "NOT unary", "STAR unary", "AND unary", "AND MUT unary", "ANDAND unary",
       "ANDAND MUT unary")
    def unary(self, p):
        return self.prefix(p)

    def prefix(self, p: Any) -> ast.Expr:
        operand = p[len(p) - 1]
        span = self.sp(p)
        op = p[0]
        if op == "-":
            return ast.Unary(ast.UnOp.NEG, operand, span=span)
        if op == "!":
            return ast.Unary(ast.UnOp.NOT, operand, span=span)
        if op == "*":
            return ast.Unary(ast.UnOp.DEREF, operand, span=span)
        mutable = len(p) == 3
        if op == "&&":
            inner_span = Span(self.file, span.lo + 1, span.hi)
            return ast.AddrOf(ast.AddrOf(operand, mutable, span=inner_span), span=span)
        return ast.AddrOf(operand, mutable, span=span)

    @_("unary")
    def expr(self, p):
        return p.unary

    @_(*_EXPR_BIN)
    def expr(self, p):
        return self.binary(p)

    @_("expr GTEQ EQ expr %prec GTEQ")
    def expr(self, p):
        return ast.Binary(ast.BinOp.GE, p.expr0, p.expr1, span=self.sp(p))

    @_("expr GTGT GT expr %prec GTGT")
    def expr(self, p):
        return ast.Binary(ast.BinOp.SHR, p.expr0, p.expr1, span=self.sp(p))

    @_("expr AS type_nb")
    def expr(self, p):
        return ast.Cast(p.expr, p.type_nb, span=self.sp(p))

    @_("expr EQ expr")
    def expr(self, p):
        return ast.Assign(p.expr0, p.expr1, span=self.sp(p))

    @_(*_EXPR_ASSIGN)
    def expr(self, p):
        return ast.AssignOp(ASSIGN_OPS[p._slice[1].type], p.expr0, p.expr1, span=self.sp(p))

    @_("expr GTGT GTEQ EQ expr %prec SHREQ")
    def expr(self, p):
        return ast.AssignOp(ast.BinOp.SHR, p.expr0, p.expr1, span=self.sp(p))

    @_("expr DOTDOT expr", "expr DOTDOTEQ expr")
    def expr(self, p):
        return self.range(ast.Range(p.expr0, p.expr1, p[1] == "..=", span=self.sp(p)))

    @_("expr DOTDOT %prec OPEN_LOW")
    def expr(self, p):
        return ast.Range(p.expr, None, span=self.sp(p))

    @_("DOTDOT expr", "DOTDOTEQ expr")
    def expr(self, p):
        return self.range(ast.Range(None, p.expr, p[0] == "..=", span=self.sp(p)))

    @_("DOTDOT %prec OPEN_LOW")
    def expr(self, p):
        return ast.Range(None, None, span=self.sp(p))

    @_("RETURN %prec OPEN_LOW")
    def expr(self, p):
        return ast.Return(span=self.sp(p))

    @_("RETURN expr")
    def expr(self, p):
        return ast.Return(p.expr, span=self.sp(p))

    @_("BREAK %prec OPEN_LOW", "BREAK LIFETIME %prec OPEN_LOW")
    def expr(self, p):
        return ast.Break(p[1] if len(p) == 2 else None, span=self.sp(p))

    @_("BREAK expr %prec BREAK", "BREAK LIFETIME expr %prec BREAK")
    def expr(self, p):
        return ast.Break(p[1] if len(p) == 3 else None, p.expr, span=self.sp(p))

    @_("closure")
    def expr(self, p):
        return p.closure

    def range(self, node: ast.Range) -> ast.Range:
        """`..` is non-associative: `a..b..c` is an error.  (SLY's table builder drops
        the `nonassoc` error when two items shift the same token, as `x..` and
        `x..y` do, so the check is made here.)"""
        if isinstance(node.end, ast.Range) and node.end.id not in self.parenthesized:
            inner = node.end
            after = inner.start.span.hi if inner.start is not None else inner.span.lo
            at = self.text.encode("utf-8").index(b"..", after)
            width = 3 if inner.inclusive else 2
            span = Span(self.file, at, at + width)
            found = "..=" if inner.inclusive else ".."
            raise CompileError(error(f"expected one of `.`, `;`, `?`, `else`, or an operator, found `{found}`",
                                     span, "expected one of `.`, `;`, `?`, `else`, or an operator"))
        return node

    def binary(self, p: Any) -> ast.Binary:
        return ast.Binary(BINOPS[p._slice[1].type], p[0], p[2], span=self.sp(p))

    # ── `nexpr`: no struct literal at the top level (heads of if/while/match/for) ──

    @_("primary_common", "blocklike")
    def nprimary(self, p):
        return p[0]

    @_("nprimary")
    def npostfix(self, p):
        return p[0]

    @_("npostfix DOT IDENT %prec FIELD", "npostfix DOT INT", "npostfix DOT FLOAT", "npostfix DOT AWAIT")
    def npostfix(self, p):
        return self.field(p)

    @_("npostfix DOT IDENT LPAREN call_args RPAREN")
    def npostfix(self, p):
        return self.method_call(p, None)

    @_("npostfix DOT IDENT PATHSEP generic_args LPAREN call_args RPAREN")
    def npostfix(self, p):
        return self.method_call(p, p.generic_args)

    @_("npostfix LPAREN call_args RPAREN")
    def npostfix(self, p):
        return ast.Call(p[0], p.call_args, span=self.sp(p))

    @_("npostfix LBRACKET expr RBRACKET")
    def npostfix(self, p):
        return ast.Index(p[0], p.expr, span=self.sp(p))

    @_("npostfix QUESTION")
    def npostfix(self, p):
        return ast.Try(p[0], span=self.sp(p))

    @_("npostfix")
    def nunary(self, p):
        return p.npostfix

    @_("MINUS nunary", "NOT nunary", "STAR nunary", "AND nunary", "AND MUT nunary", "ANDAND nunary",
       "ANDAND MUT nunary")
    def nunary(self, p):
        return self.prefix(p)

    @_("nunary")
    def nexpr(self, p):
        return p.nunary

    @_(*_NEXPR_BIN)
    def nexpr(self, p):
        return self.binary(p)

    @_("nexpr GTEQ EQ nexpr %prec GTEQ")
    def nexpr(self, p):
        return ast.Binary(ast.BinOp.GE, p.nexpr0, p.nexpr1, span=self.sp(p))

    @_("nexpr GTGT GT nexpr %prec GTGT")
    def nexpr(self, p):
        return ast.Binary(ast.BinOp.SHR, p.nexpr0, p.nexpr1, span=self.sp(p))

    @_("nexpr AS type_nb")
    def nexpr(self, p):
        return ast.Cast(p.nexpr, p.type_nb, span=self.sp(p))

    @_("nexpr EQ nexpr")
    def nexpr(self, p):
        return ast.Assign(p.nexpr0, p.nexpr1, span=self.sp(p))

    @_(*_NEXPR_ASSIGN)
    def nexpr(self, p):
        return ast.AssignOp(ASSIGN_OPS[p._slice[1].type], p.nexpr0, p.nexpr1, span=self.sp(p))

    @_("nexpr GTGT GTEQ EQ nexpr %prec SHREQ")
    def nexpr(self, p):
        return ast.AssignOp(ast.BinOp.SHR, p.nexpr0, p.nexpr1, span=self.sp(p))

    @_("nexpr DOTDOT nexpr", "nexpr DOTDOTEQ nexpr")
    def nexpr(self, p):
        return self.range(ast.Range(p.nexpr0, p.nexpr1, p[1] == "..=", span=self.sp(p)))

    @_("nexpr DOTDOT %prec DOTDOT")
    def nexpr(self, p):
        return ast.Range(p.nexpr, None, span=self.sp(p))

    @_("DOTDOT nexpr", "DOTDOTEQ nexpr")
    def nexpr(self, p):
        return self.range(ast.Range(None, p.nexpr, p[0] == "..=", span=self.sp(p)))

    @_("DOTDOT %prec DOTDOT")
    def nexpr(self, p):
        return ast.Range(None, None, span=self.sp(p))

    @_("RETURN %prec RETURN")
    def nexpr(self, p):
        return ast.Return(span=self.sp(p))

    @_("RETURN nexpr")
    def nexpr(self, p):
        return ast.Return(p.nexpr, span=self.sp(p))

    @_("BREAK %prec BREAK", "BREAK LIFETIME %prec BREAK")
    def nexpr(self, p):
        return ast.Break(p[1] if len(p) == 2 else None, span=self.sp(p))

    @_("BREAK nexpr %prec BREAK", "BREAK LIFETIME nexpr %prec BREAK")
    def nexpr(self, p):
        return ast.Break(p[1] if len(p) == 3 else None, p.nexpr, span=self.sp(p))

    # ── `sexpr`: statement position, the leftmost operand is not block-like ──

    @_("primary_common", "struct_lit")
    def sprimary(self, p):
        return p[0]

    @_("sprimary")
    def spostfix(self, p):
        return p[0]

    @_("spostfix DOT IDENT %prec FIELD", "spostfix DOT INT", "spostfix DOT FLOAT", "spostfix DOT AWAIT",
       "blocklike DOT IDENT %prec FIELD", "blocklike DOT INT", "blocklike DOT FLOAT", "blocklike DOT AWAIT")
    def spostfix(self, p):
        return self.field(p)

    @_("spostfix DOT IDENT LPAREN call_args RPAREN", "blocklike DOT IDENT LPAREN call_args RPAREN")
    def spostfix(self, p):
        return self.method_call(p, None)

    @_("spostfix DOT IDENT PATHSEP generic_args LPAREN call_args RPAREN",
       "blocklike DOT IDENT PATHSEP generic_args LPAREN call_args RPAREN")
    def spostfix(self, p):
        return self.method_call(p, p.generic_args)

    @_("spostfix LPAREN call_args RPAREN")
    def spostfix(self, p):
        return ast.Call(p[0], p.call_args, span=self.sp(p))

    @_("spostfix LBRACKET expr RBRACKET")
    def spostfix(self, p):
        return ast.Index(p[0], p.expr, span=self.sp(p))

    @_("spostfix QUESTION", "blocklike QUESTION")
    def spostfix(self, p):
        return ast.Try(p[0], span=self.sp(p))

    @_("spostfix")
    def sunary(self, p):
        return p.spostfix

    @_("MINUS unary", "NOT unary", "STAR unary", "AND unary", "AND MUT unary", "ANDAND unary",
       "ANDAND MUT unary")
    def sunary(self, p):
        return self.prefix(p)

    @_("sunary")
    def sexpr(self, p):
        return p.sunary

    @_(*_SEXPR_BIN)
    def sexpr(self, p):
        return self.binary(p)

    @_("sexpr GTEQ EQ expr %prec GTEQ")
    def sexpr(self, p):
        return ast.Binary(ast.BinOp.GE, p.sexpr, p.expr, span=self.sp(p))

    @_("sexpr GTGT GT expr %prec GTGT")
    def sexpr(self, p):
        return ast.Binary(ast.BinOp.SHR, p.sexpr, p.expr, span=self.sp(p))

    @_("sexpr AS type_nb")
    def sexpr(self, p):
        return ast.Cast(p.sexpr, p.type_nb, span=self.sp(p))

    @_("sexpr EQ expr")
    def sexpr(self, p):
        return ast.Assign(p.sexpr, p.expr, span=self.sp(p))

    @_(*_SEXPR_ASSIGN)
    def sexpr(self, p):
        return ast.AssignOp(ASSIGN_OPS[p._slice[1].type], p.sexpr, p.expr, span=self.sp(p))

    @_("sexpr GTGT GTEQ EQ expr %prec SHREQ")
    def sexpr(self, p):
        return ast.AssignOp(ast.BinOp.SHR, p.sexpr, p.expr, span=self.sp(p))

    @_("sexpr DOTDOT expr", "sexpr DOTDOTEQ expr")
    def sexpr(self, p):
        return self.range(ast.Range(p.sexpr, p.expr, p[1] == "..=", span=self.sp(p)))

    @_("sexpr DOTDOT %prec OPEN_LOW")
    def sexpr(self, p):
        return ast.Range(p.sexpr, None, span=self.sp(p))

    @_("DOTDOT expr", "DOTDOTEQ expr")
    def sexpr(self, p):
        return self.range(ast.Range(None, p.expr, p[0] == "..=", span=self.sp(p)))

    @_("DOTDOT %prec OPEN_LOW")
    def sexpr(self, p):
        return ast.Range(None, None, span=self.sp(p))

    @_("RETURN %prec OPEN_LOW")
    def sexpr(self, p):
        return ast.Return(span=self.sp(p))

    @_("RETURN expr")
    def sexpr(self, p):
        return ast.Return(p.expr, span=self.sp(p))

    @_("BREAK %prec OPEN_LOW", "BREAK LIFETIME %prec OPEN_LOW")
    def sexpr(self, p):
        return ast.Break(p[1] if len(p) == 2 else None, span=self.sp(p))

    @_("BREAK expr %prec BREAK", "BREAK LIFETIME expr %prec BREAK")
    def sexpr(self, p):
        return ast.Break(p[1] if len(p) == 3 else None, p.expr, span=self.sp(p))

    @_("closure")
    def sexpr(self, p):
        return p.closure

    # ─────────────────────────────── patterns ───────────────────────────────

    @_("pat_alts")
    def pat_top(self, p):
        return p.pat_alts

    @_("OR pat_alts")
    def pat_top(self, p):
        node = p.pat_alts
        node.span = self.sp(p) if isinstance(node, ast.OrPat) else node.span
        return node

    @_("pat")
    def pat_alts(self, p):
        return p.pat

    @_("pat_alts OR pat")
    def pat_alts(self, p):
        if isinstance(p.pat_alts, ast.OrPat):
            p.pat_alts.alts.append(p.pat)
            p.pat_alts.span = self.sp(p)
            return p.pat_alts
        return ast.OrPat([p.pat_alts, p.pat], span=self.sp(p))

    @_("pat_nm")
    def pat(self, p):
        return p.pat_nm

    @_("MUT IDENT")
    def pat(self, p):
        return ast.IdentPat(p.IDENT, mutable=True, span=self.sp(p))

    @_("MUT IDENT AT pat")
    def pat(self, p):
        return ast.IdentPat(p.IDENT, mutable=True, subpattern=p.pat, span=self.sp(p))

    # `pat_nm`: a pattern not starting with `mut` (the operand of `&` / `&mut`).
    @_("UNDERSCORE")
    def pat_nm(self, p):
        return ast.WildPat(span=self.sp(p))

    @_("DOTDOT")
    def pat_nm(self, p):
        return ast.RestPat(span=self.sp(p))

    @_("pat_path")
    def pat_nm(self, p):
        path = p.pat_path
        if len(path.segments) == 1 and not path.global_ and path.segments[0].generic_args is None \
                and path.segments[0].name not in ("self", "Self", "super", "crate"):
            return ast.IdentPat(path.segments[0].name, span=self.sp(p))
        return ast.PathPat(path, span=self.sp(p))

    @_("qself PATHSEP epath")
    def pat_nm(self, p):
        return ast.PathPat(p.epath, p.qself, span=self.sp(p))

    @_("REF IDENT", "REF MUT IDENT")
    def pat_nm(self, p):
        return ast.IdentPat(p.IDENT, by_ref=p[0] == "ref", mutable=p[len(p) - 2] == "mut", span=self.sp(p))

    @_("IDENT AT pat", "REF IDENT AT pat", "REF MUT IDENT AT pat")
    def pat_nm(self, p):
        words = [p[i] for i in range(len(p) - 3)]
        return ast.IdentPat(p.IDENT, by_ref="ref" in words, mutable="mut" in words, subpattern=p.pat,
                            span=self.sp(p))

    @_("pat_lit")
    def pat_nm(self, p):
        return ast.LitPat(p.pat_lit, span=self.sp(p))

    @_("range_bound DOTDOTEQ range_bound", "range_bound DOTDOT range_bound")
    def pat_nm(self, p):
        return ast.RangePat(p.range_bound0, p.range_bound1, p[1] == "..=", span=self.sp(p))

    @_("range_bound DOTDOT")
    def pat_nm(self, p):
        return ast.RangePat(p.range_bound, None, False, span=self.sp(p))

    @_("DOTDOTEQ range_bound", "DOTDOT range_bound")
    def pat_nm(self, p):
        return ast.RangePat(None, p.range_bound, p[0] == "..=", span=self.sp(p))

    @_("LPAREN RPAREN")
    def pat_nm(self, p):
        return ast.TuplePat([], span=self.sp(p))

    @_("LPAREN pat_top RPAREN")
    def pat_nm(self, p):
        return p.pat_top

    @_("LPAREN pat_top COMMA pat_list RPAREN")
    def pat_nm(self, p):
        return ast.TuplePat([p.pat_top, *p.pat_list], span=self.sp(p))

    @_("pat_path LPAREN pat_list RPAREN")
    def pat_nm(self, p):
        return ast.TupleStructPat(p.pat_path, p.pat_list, span=self.sp(p))

    @_("pat_path LBRACE field_pats RBRACE")
    def pat_nm(self, p):
        fields, has_rest = p.field_pats
        return ast.StructPat(p.pat_path, fields, has_rest, span=self.sp(p))

    @_("AND pat_nm", "AND MUT pat_nm")
    def pat_nm(self, p):
        return ast.RefPat(p.pat_nm, mutable=len(p) == 3, span=self.sp(p))

    @_("ANDAND pat_nm", "ANDAND MUT pat_nm")
    def pat_nm(self, p):
        span = self.sp(p)
        inner = ast.RefPat(p.pat_nm, mutable=len(p) == 3, span=Span(self.file, span.lo + 1, span.hi))
        return ast.RefPat(inner, span=span)

    @_("LBRACKET pat_list RBRACKET")
    def pat_nm(self, p):
        return ast.SlicePat(p.pat_list, span=self.sp(p))

    @_("", "pat_seq", "pat_seq COMMA")
    def pat_list(self, p):
        return p.pat_seq if len(p) else []

    @_("pat_top")
    def pat_seq(self, p):
        return [p.pat_top]

    @_("pat_seq COMMA pat_top")
    def pat_seq(self, p):
        p.pat_seq.append(p.pat_top)
        return p.pat_seq

    @_("INT", "FLOAT", "STR", "BSTR", "CHAR", "BYTE", "TRUE", "FALSE")
    def pat_lit(self, p):
        return self.make_lit(p._slice[0])

    @_("MINUS INT", "MINUS FLOAT")
    def pat_lit(self, p):
        value, suffix = p[1]
        kind = ast.LitKind.INT if p._slice[1].type == "INT" else ast.LitKind.FLOAT
        lit = ast.Lit(kind, value, suffix, span=self.tok(p, 1))
        return ast.Unary(ast.UnOp.NEG, lit, span=self.sp(p))

    @_("pat_lit")
    def range_bound(self, p):
        return p.pat_lit

    @_("pat_path")
    def range_bound(self, p):
        return ast.PathExpr(p.pat_path, span=self.sp(p))

    @_("qself PATHSEP epath")
    def range_bound(self, p):
        return ast.PathExpr(p.epath, p.qself, span=self.sp(p))

    # Pattern paths never start with a lone `self` (that is the `self` parameter).
    @_("IDENT", "SELFTYPE", "SUPER", "CRATE")
    def pat_path_start(self, p):
        return ast.PathSegment(p[0], span=self.sp(p))

    @_("pat_path_start")
    def pat_path(self, p):
        return ast.Path([p.pat_path_start], span=self.sp(p))

    @_("PATHSEP path_seg")
    def pat_path(self, p):
        return ast.Path([p.path_seg], global_=True, span=self.sp(p))

    @_("SELF PATHSEP path_seg")
    def pat_path(self, p):
        return ast.Path([ast.PathSegment("self", span=self.tok(p, 0)), p.path_seg], span=self.sp(p))

    @_("pat_path PATHSEP path_seg")
    def pat_path(self, p):
        p.pat_path.segments.append(p.path_seg)
        p.pat_path.span = self.sp(p)
        return p.pat_path

    @_("pat_path PATHSEP generic_args")
    def pat_path(self, p):
        p.pat_path.segments[-1].generic_args = p.generic_args
        p.pat_path.span = self.sp(p)
        return p.pat_path

    @_("")
    def field_pats(self, p):
        return ([], False)

    @_("field_pat_seq", "field_pat_seq COMMA")
    def field_pats(self, p):
        return (p.field_pat_seq, False)

    @_("field_pat_seq COMMA DOTDOT", "DOTDOT")
    def field_pats(self, p):
        return (p.field_pat_seq if len(p) == 3 else [], True)

    @_("field_pat")
    def field_pat_seq(self, p):
        return [p.field_pat]

    @_("field_pat_seq COMMA field_pat")
    def field_pat_seq(self, p):
        p.field_pat_seq.append(p.field_pat)
        return p.field_pat_seq

    @_("IDENT COLON pat_top")
    def field_pat(self, p):
        return ast.FieldPat(p.IDENT, p.pat_top, span=self.sp(p))

    @_("INT COLON pat_top")
    def field_pat(self, p):
        return ast.FieldPat(str(p.INT[0]), p.pat_top, span=self.sp(p))

    @_("IDENT", "MUT IDENT", "REF IDENT", "REF MUT IDENT")
    def field_pat(self, p):
        span = self.sp(p)
        words = [p[i] for i in range(len(p) - 1)]
        binding = ast.IdentPat(p.IDENT, by_ref="ref" in words, mutable="mut" in words, span=span)
        return ast.FieldPat(p.IDENT, binding, shorthand=True, span=span)


def _describe_kind(kind: str) -> str:
    return {"IDENT": "identifier", "LIFETIME": "lifetime", "INT": "literal", "FLOAT": "literal",
            "STR": "literal", "BSTR": "literal", "CHAR": "literal", "BYTE": "literal",
            "TT": "macro arguments"}.get(kind, kind.lower())


def _free_item(node: Any) -> Any:
    """Checks for items outside traits and impls (rustc's AST validation)."""
    if isinstance(node, ast.FnDecl) and node.body is None:
        diag = error("free function without a body", node.span)
        raise CompileError(diag.with_help("provide a definition for the function: `{ <body> }`"))
    if isinstance(node, ast.ConstDecl) and node.expr is None:
        raise CompileError(error("free constant item without body", node.span)
                           .with_help("provide a definition for the constant: ` = <expr>;`"))
    return node


def _with_vis(node: Any, attrs: list[ast.Attribute], vis: tuple[ast.Visibility, Span]) -> Any:
    kind, span = vis
    node.attrs = attrs + node.attrs
    if isinstance(node, (ast.ImplDecl, ast.MacroRulesDecl, ast.ExternCrateDecl)):
        raise CompileError(error("visibility qualifiers are not permitted here", span, code="E0449"))
    node.vis = kind
    node.span = span.to(node.span)
    return node


def split_inner_attrs(items: list[ast.Item],
                      trailing: list[ast.Attribute]) -> tuple[list[ast.Item], list[ast.Attribute]]:
    """`#![…]` may only open a file or module body.  The grammar collects attributes
    before each item (one LALR token of lookahead cannot tell `#!` from `#` early
    enough), so the leading inner ones are moved to the container here."""
    inner: list[ast.Attribute] = []
    attr_lists = [(item.attrs, item.span.lo) for item in items] + [(trailing, None)]
    for index, (attrs, item_start) in enumerate(attr_lists):
        leading = True
        for attr in list(attrs):
            if item_start is not None and attr.span.lo >= item_start:
                continue  # the item's own inner attribute (`mod m { #![…] }`)
            if not attr.inner:
                leading = False
                continue
            if index > 0 or not leading:
                diag = error("an inner attribute is not permitted in this context", attr.span)
                diag.with_note("inner attributes, like `#![no_std]`, annotate the item enclosing them, "
                               "and are usually found at the beginning of source files")
                raise CompileError(diag)
            inner.append(attr)
            attrs.remove(attr)
    if trailing:
        raise CompileError(error("expected item after attributes", trailing[-1].span))
    return items, inner


def _finish_block(stmts: list[ast.Stmt], tail: ast.Expr | None, span: Span) -> ast.Block:
    """A block-like expression statement at the end of a block is its value (rustc's rule)."""
    if tail is None and stmts:
        last = stmts[-1]
        if isinstance(last, ast.ExprStmt) and not last.has_semi:
            stmts.pop()
            tail = last.expr
    return ast.Block(stmts, tail, span=span)

