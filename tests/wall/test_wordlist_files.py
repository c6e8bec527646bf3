"""The moderation word lists: the loader's plain-words errors, and the shipped lists themselves — every file
explains itself, place names and everyday words pass (the Scunthorpe problem), abuse does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.errors import KioskError
from kiosk.wall.rules.moderation import Flag, check
from kiosk.wall.rules.textnorm import fold
from kiosk.wall.rules.wordlists import TermKind, WordLists
from kiosk.wall.wordlist_files import WordListError, default_folder, load_word_lists

LANGUAGES = ("en", "gd")


@pytest.fixture(scope="module")
def shipped() -> WordLists:
    return load_word_lists()


def _folder(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "moderation"
    folder.mkdir()
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def _problems(folder: Path) -> list[str]:
    with pytest.raises(WordListError) as info:
        load_word_lists(folder)
    assert isinstance(info.value, KioskError) and info.value.kind == "word_lists"
    assert str(folder) in str(info.value)
    return info.value.problems


# -- Loading ------------------------------------------------------------------------------------------

def test_a_folder_of_lists_loads_by_purpose_and_language(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {
        "abuse.en.txt": "# test\ndarn\nblast*\n",
        "abuse.pt-BR.txt": "\ufeff# with a byte-order mark\nporra\n",
        "allow.en.txt": "Blastwick\n",
        "README.md": "not a list",
        "notes.text": "ignored",
    })
    lists = load_word_lists(folder)
    assert set(lists.abuse) == {"en", "pt-BR"}
    assert {t.entry for t in lists.abuse["en"]} == {"darn", "blast*"}
    assert lists.allow == {"en": {"blastwick"}}
    assert [t.entry for t in lists.matcher(["en", "pt-BR"]).find(fold("darn PORRA Blastwick"))] == ["darn", "porra"]


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    assert _problems(tmp_path / "nowhere") == [f"the folder {tmp_path / 'nowhere'} does not exist"]


def test_every_problem_is_named_with_its_file_and_line(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {
        "abuse.en.txt": "# ok\ndarn\nd*rn\n",
        "abuse.fr.txt": b"# latin-1\nmerde\n\xe9tron\n",
        "allow.en.txt": "two words\n",
        "abuze.en.txt": "darn\n",
        "abuse.english.txt": "darn\n",
    })
    (folder / "abuse.de.txt").mkdir()  # cannot be read as a file
    (folder / "abuse.nl.txt").symlink_to(folder / "gone.txt")  # a dangling link
    problems = _problems(folder)
    assert problems == [
        "abuse.de.txt: cannot be read (Is a directory)",
        "abuse.en.txt, line 3: 'd*rn': a '*' may only begin or end a single word",
        "abuse.english.txt: not a list name this kiosk knows; use abuse.<lang>.txt or allow.<lang>.txt "
        "(for example abuse.en.txt)",
        "abuse.fr.txt, line 3: is not UTF-8 text (save it as UTF-8)",
        "abuse.nl.txt: cannot be read (No such file or directory)",
        "abuze.en.txt: not a list name this kiosk knows; use abuse.<lang>.txt or allow.<lang>.txt "
        "(for example abuse.en.txt)",
        "allow.en.txt, line 1: 'two words': an allow list holds single words, without '*'",
    ]


def test_lists_that_would_catch_nothing_are_an_error(tmp_path: Path) -> None:
    assert _problems(_folder(tmp_path, {"abuse.en.txt": "# nothing yet\n", "allow.en.txt": "x\n"})) == [
        "there is no abuse.<lang>.txt list with any entries: the filter would catch nothing"]


# -- The shipped lists --------------------------------------------------------------------------------

def test_the_shipped_lists_load(shipped: WordLists) -> None:
    assert set(shipped.abuse) >= {"en", "gd"}
    assert len(shipped.abuse["en"]) > 200
    assert shipped.missing(["en", "gd", "pl"]) == ("pl",)
    kinds = {t.kind for t in shipped.abuse["en"]}
    assert kinds == set(TermKind)


def test_every_shipped_file_starts_by_saying_what_it_is_and_how_to_add_to_it() -> None:
    files = sorted(default_folder().glob("*.txt"))
    assert {p.name for p in files} >= {"abuse.en.txt", "abuse.gd.txt", "allow.en.txt"}
    for path in files:
        header = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                break
            header.append(line.lower())
        text = "\n".join(header)
        assert path.name in text, path.name
        assert "what it is" in text and "where it came from" in text, path.name
        assert "add" in text or "format" in text, path.name
    assert (default_folder() / "README.md").is_file()


# The Scunthorpe problem: places, names and everyday words that contain, begin with, end with or are a
# doubled-letter spelling of an abuse entry. Every word on the allow list is checked as well.
MUST_PASS = [
    "Scunthorpe", "Essex", "Sussex", "Middlesex", "assistance", "assistant", "class", "classic", "Penistone",
    "Cockburnspath", "Cockenzie", "Cockermouth", "Cockfosters", "cocktail", "cockpit", "cockle", "cockerel",
    "Hancock", "peacock", "therapist", "therapists", "Clitheroe", "Twatt", "Bitchfield", "Shitterton",
    "Cumbernauld", "Cumnock", "Cumbrae", "Cumbria", "Cummings", "Assynt", "Arsenal", "Niger", "Nigeria",
    "niggle", "niggling", "snigger", "sniggering", "shiitake", "Shiite", "Pissarro", "rapped", "rapping",
    "grape", "drape", "scrape", "assess", "assessment", "bass", "passion", "cons", "pros", "raccoon", "cocoon",
    "tycoon", "document", "analysis", "title", "titanic", "butter", "pedometer", "Dickens", "Dickinson",
    "spice", "spicy", "hoorah", "woggle", "Wankel", "Chavez", "spunky", "pussycat", "knackered", "cocky",
    "crapper", "Scrabble", "scunner", "Japan", "Japanese", "Kikuyu", "Yiddish", "Fukuoka", "goodie",
    "homogenous", "Homer", "homage", "mongrel", "Mongolia", "among", "retardant", "scumble", "shagreen",
    "slagheap", "prickly", "sodium",
]

KIND_SENTENCES = [
    "Thanks hun, you made my day x", "It was bloody brilliant, cheers!", "I felt stupid but you were so patient",
    "The cock-a-leekie soup in the café was lovely", "Did it go ok? Yes, thanks to you",
    "the pen is mightier than the sword", "who're the kind people at desk 3? all of you!",
    "My gran's from Scunthorpe and says thank you", "Twatt, Orkney sends its thanks",
    "Mòran taing — bha sibh uabhasach còir", "Tapadh leibh airson ur cuideachadh",
]


@pytest.mark.parametrize("word", MUST_PASS)
def test_places_names_and_everyday_words_pass(shipped: WordLists, word: str) -> None:
    assert check(word, shipped, LANGUAGES).ok, word


def test_every_allowed_word_passes(shipped: WordLists) -> None:
    for lang, words in shipped.allow.items():
        for word in words:
            v = check(word, shipped, [lang, *LANGUAGES])
            assert v.ok, (lang, word, v.details)


@pytest.mark.parametrize("text", KIND_SENTENCES)
def test_kind_sentences_with_near_misses_pass(shipped: WordLists, text: str) -> None:
    assert check(text, shipped, LANGUAGES).ok


@pytest.mark.parametrize(
    "text",
    ["you absolute bawbag", "ya wee fud", "shitebag", "away an bile yer heid ya bampot", "pure jakey",
     "mac na galla", "pòg mo thòn", "pog mo thon", "cac", "you're a f4nny", "Kill yourself", "kys",
     "i know where you live", "watch your back pal", "go die in a fire"],
)
def test_scots_gaelic_and_threats_are_flagged(shipped: WordLists, text: str) -> None:
    assert Flag.ABUSE in check(text, shipped, LANGUAGES).flags


def test_the_gaelic_list_is_only_used_when_gaelic_is_configured(shipped: WordLists) -> None:
    assert check("mac na galla", shipped, ["en"]).ok
    assert not check("mac na galla", shipped, ["en", "gd"]).ok
