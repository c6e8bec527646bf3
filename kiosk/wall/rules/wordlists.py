"""Word lists for the wall's filter: the entry format, its parser, and the matcher that finds entries.

The format (one entry per line, "#" comments): `word` matches the whole word only, `word*` words that
begin with it, `*word` words that end with it, `*word*` words that contain it, `two words` the words
in a row (and run together). `TermMatcher` looks for entries in text folded by kiosk.wall.rules.textnorm,
*by word*, never as bare substrings (the Scunthorpe problem), trying each piece of text as written and
with its tricks undone (see textnorm.chunks): l33t, separators between letters, spaced-out letters,
a word split in two ("fu ck"), "*" or "#" for letters, and stretched letters — a word matches a term
when it is the term with some letters repeated more ("fuuuck", "asssshole"), never fewer, so "cons" is
not "coons". Words on an allow list ("Scunthorpe", "Twatt", "Niger") are never flagged as written.
`WordLists` holds each language's parsed lists; kiosk.wall.wordlist_files reads them from files.
Thread: any (pure; a compiled matcher is read-only apart from a bounded word cache, safe to share).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.wall.rules.textnorm import RUN3, SHORT_WORDS, WILD, WORD, Chunk, chunks, fold, spaced_readings, squeeze

MAX_CACHE = 50_000
MAX_WILD_WORD = 40  # longer pieces with '*' in them are not words; spam rules look at those
_RUN_ANY = re.compile(r"(.)\1*")


def _variants(word: str) -> tuple[str, ...]:
    """The word, and for "fvck" also "fuck" ("v" for "u")."""
    return (word, word.replace("v", "u")) if "v" in word else (word,)


class TermKind(StrEnum):
    WORD = "word"  # the whole word only
    PREFIX = "prefix"  # word*: words that begin with it
    SUFFIX = "suffix"  # *word: words that end with it
    INFIX = "infix"  # *word*: words that contain it
    PHRASE = "phrase"  # several words in a row


@dataclass(frozen=True, slots=True)
class Term:
    """One list entry, folded. `entry` is the line as written, for staff to see why a message waits."""

    text: str  # folded letters; for a phrase, the words run together
    kind: TermKind
    entry: str
    words: tuple[str, ...] = ()


class WordListSyntaxError(ValueError):
    """A line of a word list cannot be used; `line` is its 1-based number. `problem` is in English (the CLI,
    logs); `code` and `params` are what other languages' words are made from (kiosk.shell.error_words)."""

    def __init__(self, line: int, problem: str, *, code: str, entry: str) -> None:
        self.line, self.problem = line, problem
        self.code, self.params = code, {"line": line, "entry": entry}
        super().__init__(f"line {line}: {problem}")


def _entry_lines(text: str) -> Iterator[tuple[int, str]]:
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line:
            yield number, line


def _letters(piece: str) -> str:
    return "".join(WORD.findall(fold(piece)))


def parse_terms(text: str) -> tuple[Term, ...]:
    """A list's entries; raises WordListSyntaxError naming the line of the first bad one."""
    terms: dict[tuple[str, TermKind], Term] = {}
    for number, line in _entry_lines(text):
        body = line.strip("*")
        if not body or "*" in body:
            raise WordListSyntaxError(number, f"{line!r}: a '*' may only begin or end a single word",
                                      code="word_list_star", entry=line)
        if any(c.isdigit() for c in fold(body)):
            raise WordListSyntaxError(number, f"{line!r}: write terms in plain letters; the filter undoes "
                                              "l33t (digits for letters) by itself", code="word_list_digits",
                                      entry=line)
        words = tuple(w for w in (_letters(p) for p in re.split(r"[\s\-‐‑–—]+", body)) if w)
        if not words:
            raise WordListSyntaxError(number, f"{line!r} has no letters", code="word_list_no_letters", entry=line)
        joined = "".join(words)
        starred = (line.startswith("*"), line.endswith("*"))
        if len(words) > 1:
            if any(starred):
                raise WordListSyntaxError(number, f"{line!r}: a phrase cannot have a '*'", code="word_list_phrase_star",
                                          entry=line)
            terms.setdefault((joined, TermKind.PHRASE), Term(joined, TermKind.PHRASE, line, words))
            kind = TermKind.WORD  # "kill yourself" also catches "killyourself"
        else:
            kind = {(False, False): TermKind.WORD, (False, True): TermKind.PREFIX,
                    (True, False): TermKind.SUFFIX, (True, True): TermKind.INFIX}[starred]
        if len(joined) < (3 if kind is not TermKind.WORD else 2):
            raise WordListSyntaxError(number, f"{line!r} is too short to match safely", code="word_list_too_short",
                                      entry=line)
        terms.setdefault((joined, kind), Term(joined, kind, line, words))
    return tuple(terms.values())


def parse_allow(text: str) -> frozenset[str]:
    """An allow list's words, folded and with hyphens removed ("Cock-a-leekie" → "cockaleekie")."""
    words: set[str] = set()
    for number, line in _entry_lines(text):
        if "*" in line or " " in line:
            raise WordListSyntaxError(number, f"{line!r}: an allow list holds single words, without '*'",
                                      code="word_list_allow_word", entry=line)
        word = _letters(line)
        if not word:
            raise WordListSyntaxError(number, f"{line!r} has no letters", code="word_list_no_letters", entry=line)
        words.add(word)
    return frozenset(words)


def _runs(word: str) -> list[int]:
    """How many times each letter of the squeezed word is repeated: "bollocks" → [1, 1, 2, 1, 1, 1, 1]."""
    return [len(m.group()) for m in _RUN_ANY.finditer(word)]


class _Index:
    """Single-word terms by kind, keyed as written, and keyed squeezed for stretched spellings.

    A stretched spelling repeats some of the term's letters *more* ("fuuck", "asssshoooole",
    "booooollocks"), never fewer: so "cons" is not "coons". Real words that *are* a term with a letter
    doubled ("rapped", "Shiite") belong on the allow list; the word-list tests look for them.
    """

    def __init__(self, terms: Iterable[Term]) -> None:
        self.word: dict[str, Term] = {}
        self.prefix: dict[str, Term] = {}
        self.suffix: dict[str, Term] = {}
        self.infix: list[tuple[str, Term]] = []
        self.squeezed: dict[TermKind, dict[str, list[Term]]] = {k: {} for k in TermKind}
        self.runs: dict[Term, list[int]] = {}
        by_kind = {TermKind.WORD: self.word, TermKind.PREFIX: self.prefix, TermKind.SUFFIX: self.suffix}
        for t in terms:
            if t.kind is TermKind.INFIX:
                self.infix.append((t.text, t))
            else:
                by_kind[t.kind].setdefault(t.text, t)
            self.squeezed[t.kind].setdefault(squeeze(t.text), []).append(t)
            self.runs[t] = _runs(t.text)
        self.prefix_lens = sorted({len(k) for k in self.prefix})
        self.suffix_lens = sorted({len(k) for k in self.suffix})
        self.squeezed_lens = {k: sorted({len(s) for s in d}) for k, d in self.squeezed.items()}

    def find(self, w: str) -> Term | None:
        """The term the word is, begins with, ends with or contains (by kind), as written."""
        t = self.word.get(w)
        if t is not None:
            return t
        n = len(w)
        for length in self.prefix_lens:
            if length > n:
                break
            if (t := self.prefix.get(w[:length])) is not None:
                return t
        for length in self.suffix_lens:
            if length > n:
                break
            if (t := self.suffix.get(w[-length:])) is not None:
                return t
        for key, t in self.infix:
            if key in w:
                return t
        return None

    def find_stretched(self, w: str) -> Term | None:
        """The same, for a word whose letters may be repeated more than the term's."""
        s = squeeze(w)
        if s == w:
            return None  # nothing repeated: `find` has already looked
        runs = _runs(w)
        n = len(s)
        for kind, by_key in self.squeezed.items():
            for length in self.squeezed_lens[kind]:
                if length > n:
                    break
                if kind is TermKind.WORD:
                    starts = [0] if length == n else []
                elif kind is TermKind.PREFIX:
                    starts = [0]
                elif kind is TermKind.SUFFIX:
                    starts = [n - length]
                else:
                    starts = list(range(n - length + 1))
                for start in starts:
                    for t in by_key.get(s[start:start + length], ()):
                        if all(a >= b for a, b in zip(runs[start:start + length], self.runs[t], strict=True)):
                            return t
        return None


def _wild_fits(term: Term, start: int, length: int, size: int) -> bool:
    """Whether a term found at word[start:start+length] of a word of `size` letters matches it."""
    if term.kind is TermKind.WORD:
        return start == 0 and length == size
    if term.kind is TermKind.PREFIX:
        return start == 0
    if term.kind is TermKind.SUFFIX:
        return start + length == size
    return True


class TermMatcher:
    """Finds list terms in folded text, word by word. Build once per set of lists; share freely."""

    def __init__(self, terms: Iterable[Term], allow: Iterable[str] = ()) -> None:
        self.terms = tuple(terms)
        self.allow = frozenset(allow)
        single = [t for t in self.terms if t.kind is not TermKind.PHRASE]
        self._index = _Index(single)
        self._phrases: dict[str, list[Term]] = {}  # by their first word, squeezed
        for t in self.terms:
            if t.kind is TermKind.PHRASE:
                self._phrases.setdefault(squeeze(t.words[0]), []).append(t)
        self._any: dict[str, Term] = {}
        for t in single:
            self._any.setdefault(t.text, t)
        self._lengths = sorted({len(k) for k in self._any})
        self._by_len: dict[int, list[tuple[str, Term]]] = {}
        for text, t in self._any.items():
            self._by_len.setdefault(len(text), []).append((text, t))
        self._cache: dict[str, Term | None] = {}

    def word(self, w: str) -> Term | None:
        """The term one folded word matches: as written, or with its letters stretched."""
        try:
            return self._cache[w]
        except KeyError:
            pass
        found: Term | None = None
        if w not in self.allow:
            for v in _variants(w):
                if (found := self._index.find(v) or self._index.find_stretched(v)) is not None:
                    break
        if len(self._cache) >= MAX_CACHE:
            self._cache.clear()
        self._cache[w] = found
        return found

    def find(self, folded: str) -> list[Term]:
        """Every distinct term found in folded text (see `fold`), in order of first appearance."""
        found: dict[Term, None] = {}
        pieces = chunks(folded)
        for c in pieces:
            if c.mapped is None or not self.allow.isdisjoint(c.whole_words):
                continue  # allowed as written: "Cock-a-leekie", "Scunth0rpe"
            for w in c.candidates:
                if (t := self.word(w)) is not None:
                    found.setdefault(t)
            if WILD.intersection(c.core) and (t := self._wildcard(c.mapped)) is not None:
                found.setdefault(t)
        self._spaced(pieces, found)
        for a, b in itertools.pairwise(pieces):  # "fu ck", but not "go ok"
            split = a.half and b.half and not (a.half in SHORT_WORDS and b.half in SHORT_WORDS)
            if split and (t := self.word(a.half + b.half)) is not None:
                found.setdefault(t)
        self._find_phrases([o for c in pieces for o in c.options], found)
        return list(found)

    def _find_phrases(self, positions: list[frozenset[str]], found: dict[Term, None]) -> None:
        """Phrases: each word as written or stretched ("kill yoursssself"), l33t read every way."""
        for i, options in enumerate(positions):
            for first in {squeeze(w) for w in options}:
                for t in self._phrases.get(first, ()):
                    n = len(t.words)
                    if i + n <= len(positions) and all(
                            any(self._is_word(w, p) for w in positions[i + j]) for j, p in enumerate(t.words)):
                        found.setdefault(t)

    def _is_word(self, w: str, term_word: str) -> bool:
        """The word is the term's word, or it stretched: letters repeated more, never fewer."""
        return w == term_word or (squeeze(w) == squeeze(term_word) and all(
            a >= b for a, b in zip(_runs(w), _runs(term_word), strict=True)))

    def _spaced(self, pieces: list[Chunk], found: dict[Term, None]) -> None:
        """Letters spaced out over several words: any term inside them counts ("u r a c u n t")."""
        runs: list[list[str]] = [[]]
        for c in pieces:
            if c.letter:
                runs[-1].append(c.letter)
            elif c.mapped is not None and runs[-1]:
                runs.append([])  # a real word ends the run; punctuation between letters does not
        for run in runs:
            if len(run) < 3:
                continue
            for letters in spaced_readings("".join(run)):
                for s in {letters, RUN3.sub(r"\1", letters), RUN3.sub(r"\1\1", letters)}:
                    for i in range(len(s)):
                        for length in self._lengths:
                            if i + length > len(s):
                                break
                            if (t := self._any.get(s[i:i + length])) is not None:
                                found.setdefault(t)

    def _wildcard(self, chunk: str) -> Term | None:
        """'*' or '#' standing for letters inside a word: "f*ck", "sh#t", "c**t", "f*cking"."""
        word = "".join(c for c in chunk if c.isalpha() or c in WILD)
        stars = sum(c in WILD for c in word)
        if len(word) - stars < 2 or stars > len(word) - stars or word[0] in WILD or len(word) > MAX_WILD_WORD:
            return None
        for start in range(len(word)):
            for length in self._lengths:
                piece = word[start:start + length]
                if len(piece) < length:
                    break
                if not WILD.intersection(piece):
                    continue
                for text, term in self._by_len[length]:
                    if _wild_fits(term, start, length, len(word)) and all(
                            a == b or a in WILD for a, b in zip(piece, text, strict=True)):
                        return term
        return None


@dataclass(frozen=True)
class WordLists:
    """Abuse terms and allowed words per language code (parsed with parse_terms / parse_allow)."""

    abuse: Mapping[str, tuple[Term, ...]]
    allow: Mapping[str, frozenset[str]] = field(default_factory=dict)
    _matchers: dict[tuple[str, ...], TermMatcher] = field(default_factory=dict, init=False, repr=False,
                                                          compare=False)

    def missing(self, languages: Iterable[str]) -> tuple[str, ...]:
        """Configured languages that have no abuse list (their abuse would not be caught)."""
        return tuple(lang for lang in languages if not self.abuse.get(lang))

    def matcher(self, languages: Iterable[str]) -> TermMatcher:
        """The compiled matcher for these languages' lists together (built once, then reused)."""
        key = tuple(sorted(set(languages)))
        m = self._matchers.get(key)
        if m is None:
            terms = [t for lang in key for t in self.abuse.get(lang, ())]
            allow = [w for lang in key for w in self.allow.get(lang, ())]
            m = self._matchers.setdefault(key, TermMatcher(terms, allow))
        return m
