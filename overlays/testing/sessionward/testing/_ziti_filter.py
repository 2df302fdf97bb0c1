r"""A parser and evaluator for the part of ZitiQL that the Ziti simulator's list filter supports.

ZitiQL is the filter language of the OpenZiti Edge APIs (`filter=` on list operations). Supported
here: comparisons `=`, `!=`, `<`, `>`, `<=`, `>=`, `contains`, `not contains`, `icontains`,
`not icontains`, `in [...]`, `not in [...]`; the conjunctions `and` and `or` (with `and` binding
tighter), `not` before a term, and parentheses; literals `"double-quoted strings"` (with `\"` and
`\\` escapes), numbers, `true`, `false`, `null` and `datetime(2025-01-01T00:00:00Z)`; and the
trailing clauses `sort by <field> [asc|desc|dsc], ...`, `skip N` and `limit N`. Keywords are
case-insensitive; field names are not. `parse()` raises `FilterError` for anything else.
"""

from __future__ import annotations

import dataclasses
import datetime
import operator as operators
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, Literal, TypeVar

Record = TypeVar("Record")
FieldKind = Literal["string", "bool", "datetime"]
Predicate = Callable[[Record], bool]
Value = str | bool | float | datetime.datetime | None

_ORDERINGS: dict[str, Callable[[Any, Any], Any]] = {
    "<": operators.lt,
    ">": operators.gt,
    "<=": operators.le,
    ">=": operators.ge,
}
_KEYWORDS = frozenset(
    {"and", "or", "not", "contains", "icontains", "in", "true", "false", "null"}
    | {"sort", "by", "asc", "desc", "dsc", "skip", "limit", "datetime"}
)
_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
    | (?P<string>"(?:[^"\\]|\\.)*")
    | (?P<datetime>datetime\s*\(\s*[^)\s]*\s*\))
    | (?P<number>-?\d+(?:\.\d+)?)
    | (?P<op><=|>=|!=|=|<|>)
    | (?P<punct>[()\[\],])
    | (?P<word>[A-Za-z_][A-Za-z0-9_.]*)
    """,
    re.VERBOSE | re.IGNORECASE,
)


class FilterError(ValueError):
    """The filter text is not ZitiQL this simulator understands; the message says why."""


@dataclasses.dataclass(frozen=True, slots=True)
class Field(Generic[Record]):
    """A field a filter may name: its value kind and how to read it from a record.

    A `"datetime"` field reads as POSIX seconds (a float), so it compares with the literals.
    """

    kind: FieldKind
    read: Callable[[Record], object]


@dataclasses.dataclass(frozen=True, slots=True)
class Query(Generic[Record]):
    """A parsed filter: the predicate (`None` matches all), sort keys, and in-filter paging."""

    predicate: Callable[[Record], bool] | None
    sort: tuple[tuple[str, bool], ...]  # (field, descending)
    skip: int | None
    limit: int | None


@dataclasses.dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str
    position: int


def parse(text: str, fields: Mapping[str, Field[Record]]) -> Query[Record]:
    """Parse `text` into a `Query` over records whose filterable `fields` are given.

    Raises `FilterError` on a syntax error, an unknown field, or a comparison that does not suit
    the field's kind (e.g. `contains` on a boolean).
    """
    return _Parser(_tokens(text), fields).query()


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise FilterError(f"unexpected character {text[position]!r} at position {position}")
        kind = match.lastgroup or ""
        if kind != "space":
            tokens.append(_Token(kind, match.group(), position))
        position = match.end()
    return tokens


class _Parser(Generic[Record]):
    def __init__(self, tokens: list[_Token], fields: Mapping[str, Field[Record]]) -> None:
        self._tokens = tokens
        self._index = 0
        self._fields = fields

    def query(self) -> Query[Record]:
        predicate = None
        if self._peek() is not None and not self._at_keyword("sort", "skip", "limit"):
            predicate = self._disjunction()
        sort: list[tuple[str, bool]] = []
        if self._accept_keyword("sort"):
            self._expect_keyword("by")
            sort.append(self._sort_key())
            while self._accept("punct", ","):
                sort.append(self._sort_key())
        skip = limit = None
        while self._at_keyword("skip", "limit"):
            keyword = self._next().text.lower()
            number = self._expect("number")
            if "." in number.text or number.text.startswith("-"):
                raise FilterError(f"{keyword} needs a whole number at position {number.position}")
            if keyword == "skip":
                skip = int(number.text)
            else:
                limit = int(number.text)
        leftover = self._peek()
        if leftover is not None:
            raise FilterError(f"unexpected {leftover.text!r} at position {leftover.position}")
        return Query(predicate, tuple(sort), skip, limit)

    def _sort_key(self) -> tuple[str, bool]:
        name = self._field_name()
        descending = False
        if self._at_keyword("asc", "desc", "dsc"):
            descending = self._next().text.lower() != "asc"
        return name, descending

    def _disjunction(self) -> Predicate[Record]:
        return self._joined("or", self._conjunction, any)

    def _conjunction(self) -> Predicate[Record]:
        return self._joined("and", self._negation, all)

    def _joined(
        self,
        keyword: str,
        operand: Callable[[], Predicate[Record]],
        combine: Callable[[Iterable[bool]], bool],
    ) -> Predicate[Record]:
        """Operands separated by `keyword`; a record matches when `combine` (any, all) says so."""
        terms = [operand()]
        while self._accept_keyword(keyword):
            terms.append(operand())
        if len(terms) == 1:
            return terms[0]
        return lambda record: combine(term(record) for term in terms)

    def _negation(self) -> Predicate[Record]:
        if self._accept_keyword("not"):
            inner = self._negation()
            return lambda record: not inner(record)
        if self._accept("punct", "("):
            inner = self._disjunction()
            self._expect("punct", ")")
            return inner
        return self._comparison()

    def _comparison(self) -> Predicate[Record]:
        start = self._peek()
        name = self._field_name()
        field = self._fields[name]
        negated = self._accept_keyword("not")
        if self._at_keyword("contains", "icontains"):
            operator = self._next().text.lower()
            literal = self._literal()
            if field.kind != "string" or not isinstance(literal, str):
                raise FilterError(f"{operator} needs a string field and a string value ({name})")
            return _contains(
                field.read, literal, ignore_case=operator == "icontains", negated=negated
            )
        if self._accept_keyword("in"):
            values = [_coerce(value, field.kind, name) for value in self._list()]
            read = field.read
            return lambda record: (read(record) in values) != negated
        if negated:
            raise FilterError(f"'not' must be followed by contains, icontains or in ({name})")
        token = self._peek()
        if token is None or token.kind != "op":
            where = "the end" if token is None else f"position {token.position}"
            raise FilterError(f"expected an operator after {name!r} at {where}")
        operator = self._next().text
        literal = _coerce(self._literal(), field.kind, name)
        if operator in _ORDERINGS and (field.kind == "bool" or literal is None):
            assert start is not None
            raise FilterError(f"{operator} cannot compare {name} at position {start.position}")
        return _compare(field.read, operator, literal)

    def _field_name(self) -> str:
        token = self._expect("word")
        if token.text.lower() in _KEYWORDS or token.text not in self._fields:
            allowed = ", ".join(self._fields)
            raise FilterError(
                f"{token.text!r} at position {token.position} is not a filterable field "
                f"(use one of: {allowed})"
            )
        return token.text

    def _list(self) -> list[Value]:
        self._expect("punct", "[")
        values = [self._literal()]
        while self._accept("punct", ","):
            values.append(self._literal())
        self._expect("punct", "]")
        return values

    def _literal(self) -> Value:
        token = self._next()
        if token.kind == "string":
            return re.sub(r"\\(.)", r"\1", token.text[1:-1])
        if token.kind == "number":
            return float(token.text)
        if token.kind == "datetime":
            inner = token.text[token.text.index("(") + 1 : -1].strip()
            return _instant(inner)
        if token.kind == "word" and token.text.lower() in {"true", "false"}:
            return token.text.lower() == "true"
        if token.kind == "word" and token.text.lower() == "null":
            return None
        raise FilterError(f"expected a value at position {token.position}, not {token.text!r}")

    def _peek(self) -> _Token | None:
        return self._tokens[self._index] if self._index < len(self._tokens) else None

    def _next(self) -> _Token:
        token = self._peek()
        if token is None:
            raise FilterError("the filter ends too early")
        self._index += 1
        return token

    def _at_keyword(self, *words: str) -> bool:
        token = self._peek()
        return token is not None and token.kind == "word" and token.text.lower() in words

    def _accept_keyword(self, word: str) -> bool:
        if self._at_keyword(word):
            self._index += 1
            return True
        return False

    def _expect_keyword(self, word: str) -> None:
        if not self._accept_keyword(word):
            token = self._peek()
            where = "the end" if token is None else f"position {token.position}"
            raise FilterError(f"expected {word!r} at {where}")

    def _accept(self, kind: str, text: str) -> bool:
        token = self._peek()
        if token is not None and token.kind == kind and token.text == text:
            self._index += 1
            return True
        return False

    def _expect(self, kind: str, text: str | None = None) -> _Token:
        token = self._peek()
        if token is None or token.kind != kind or (text is not None and token.text != text):
            wanted = text or {"word": "a field name", "number": "a number"}.get(kind, kind)
            where = "the end" if token is None else f"{token.text!r} at position {token.position}"
            raise FilterError(f"expected {wanted}, found {where}")
        self._index += 1
        return token


def _instant(text: str) -> datetime.datetime:
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise FilterError(f"{text!r} is not an RFC 3339 instant") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment


def _coerce(value: Value, kind: FieldKind, name: str) -> Value:
    """Check a literal against the field's kind; instants become POSIX seconds, as fields read."""
    if value is None:
        return None
    if kind == "datetime":
        if isinstance(value, str):
            value = _instant(value)
        if isinstance(value, datetime.datetime):
            return value.timestamp()
    elif isinstance(value, {"string": str, "bool": bool}[kind]):
        return value
    raise FilterError(f"{name} is a {kind} field; {value!r} is not a {kind} value")


def _contains(
    read: Callable[[Record], object], needle: str, *, ignore_case: bool, negated: bool
) -> Predicate[Record]:
    if ignore_case:
        folded = needle.casefold()
        return lambda record: (folded in str(read(record)).casefold()) != negated
    return lambda record: (needle in str(read(record))) != negated


def _compare(read: Callable[[Record], object], operator: str, literal: Value) -> Predicate[Record]:
    if operator == "=":
        return lambda record: read(record) == literal
    if operator == "!=":
        return lambda record: read(record) != literal

    compare = _ORDERINGS[operator]

    def ordered(record: Record) -> bool:
        value = read(record)
        # Both sides have the field's kind (checked by _coerce), so they compare.
        return value is not None and bool(compare(value, literal))

    return ordered
