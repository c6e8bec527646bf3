"""Finds where someone lives and who they are: UK street addresses ("14 Kelvin Way", "flat 2/1, 33 Byres
Rd", "lives on Argyle Street") and full names next to a place ("John Smith from Paisley", "Mrs Agnes McLeod
at 14 Kelvin Way", "Agnes McLeod, Paisley"). Postcodes are kiosk.wall.rules.personal_details' job.

Read through `textnorm.skeleton` (look-alike letters made Latin, every script's digits ASCII). A first name
alone ("Sam at desk 3", "Thanks to Dick") is not a detail: the wall asks for first names. A name is two
or more capitalised words that are not everyday words ("Thank You", "The Library", "Mòran Taing"), or a
title and a name ("Mrs McLeod"); a place is a capitalised word or an address after "from", "at", "in",
"of", "on" or a comma. A false alarm only means a member of staff reads the message first.
Thread: any (pure functions).
"""

from __future__ import annotations

import re

from kiosk.wall.rules.textnorm import skeleton

# Words that only name streets: "14 kelvin road" is an address in any case.
STREET_WORDS = (
    "road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "crescent", "cres", "drive", "dr", "terrace",
    "terr", "tce", "gdns", "wynd", "mews", "quadrant", "brae", "vennel", "loan", "loaning", "boulevard",
    "esplanade", "promenade", "embankment", "quay", "pend", "causeway", "crossway", "bypass", "broadway")
# Words that also mean other things ("my 2 kids love the park"): a street only after capitalised words.
PLACE_WORDS = (
    "place", "pl", "gardens", "court", "ct", "close", "way", "square", "sq", "row", "grove", "hill", "walk",
    "view", "rise", "green", "parade", "circus", "wharf", "gate", "path", "park", "bank", "neuk", "vale", "glen",
    "mount", "heights", "croft", "steading", "cottages", "buildings", "mansions", "towers", "oval", "circle",
    "ridge", "meadows", "dale", "chase", "walkway", "highway", "cross", "port")
_STRONG = "|".join(sorted(STREET_WORDS, key=len, reverse=True))
_WEAK = "|".join(sorted(PLACE_WORDS, key=len, reverse=True))
_NOT_A_NAME = (r"(?!(?:on|in|at|from|to|near|by|of|and|for|or|with|me|my|us|you|the|a|minutes?|mins?|hours?|"
               r"days?|weeks?|years?|times?|people|kids|children)\b)")
_NUMBER = r"(?<![\w/.,:-])(?:flat\s+|no\.?\s+|number\s+)?\d{1,4}[a-z]?(?:\s*/\s*\d{1,2})?,?\s+(?:the\s+)?"
# "14 kelvin road", "14a Kelvin Way", "2/1 33 Byres Rd", "14, The Crescent", "12 Sauchiehall St."
_NUMBERED = re.compile(
    rf"{_NUMBER}(?:(?i:{_NOT_A_NAME}[^\W\d_][\w'’.-]*\s+){{0,3}}(?i:{_STRONG})"
    rf"|(?:{_NOT_A_NAME}[A-Z][\w'’.-]*\s+){{0,3}}(?i:{_WEAK}|{_STRONG}))\b\.?")
_ANY_STREET = f"{_STRONG}|{_WEAK}"
# "lives on Argyle Street", "my address is Kelvin Way", "staying at the Maryhill Road flats"
_LIVES = re.compile(
    rf"\b(?i:live|lives|living|lived|stay|stays|staying|stayed|address|house|flat|home|moved)\b[\s\w,]{{0,12}}?"
    rf"\b(?i:on|at|in|to|is)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{1,3}}(?i:{_ANY_STREET})\b")

# Words that are capitalised without being anyone's name.
_EVERYDAY_WORDS = """
a an the and or but to of in on at for from by with without this that these those my your his her our their
its i me we you he she they it thank thanks thankyou cheers hello hi dear love lots big huge massive many
much so very really just all everyone everybody anyone someone somebody nobody team staff people folk
lady man woman women men girl boy lad lass guy gent mum dad gran granny grandad nana papa auntie uncle
sir madam miss mister doctor nurse driver guard officer librarian receptionist cleaner volunteer manager
council library centre center hall office desk reception counter cafe café shop church school hospital
station bus park street road city town village house housing job jobcentre universal credit benefits
today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday morning afternoon evening
night christmas easter eid diwali hogmanay new year god jesus allah lord happy merry good great best
kind kindness lovely brilliant amazing wonderful super star stars hero angel gem well done yes no ok okay
please sorry welcome bless mòran moran taing tapadh leibh leat dziękuję dziekuje dzięki dzieki bardzo
merci gracias danke grazie obrigado shukran habibi inshallah mashallah ps pps xx xxx nhs dwp hmrc uk
scotland england wales ireland britain glasgow edinburgh
"""
EVERYDAY = frozenset(_EVERYDAY_WORDS.split())
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lady", "lord", "rev", "cllr"})
_WORD = r"[A-Z][\w'’-]*"
# A lookahead, so that matches may overlap: "Love from David Jones, Motherwell" is tried from every word.
_NAME_THEN_PLACE = re.compile(
    rf"(?=\b(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Cllr)\.?\s+)?{_WORD}(?:\s+{_WORD}){{0,3}})"
    rf"(?P<link>\s*,\s*|\s+(?:from|at|in|of|on|who\s+lives\s+(?:in|at|on))\s+)(?:the\s+)?"
    rf"(?P<place>\d{{1,4}}[a-z]?\s+[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}|{_WORD}))")


def _is_full_name(name: str) -> bool:
    parts = [p.strip(".") for p in name.split()]
    titled = parts[0].lower() in TITLES
    names = [p for p in parts[1:] if p] if titled else parts
    real = [p for p in names if p.lower() not in EVERYDAY and p[:1].isupper()]
    if titled:
        return len(real) >= 1 and len(real) == len(names)
    return len(real) >= 2 and len(real) == len(names)


def find_addresses(text: str) -> list[str]:
    """Street addresses in the text, as written."""
    view = skeleton(text)
    found = [m.group().strip() for m in _NUMBERED.finditer(view)]
    found += [m.group().strip() for m in _LIVES.finditer(view)]
    return list(dict.fromkeys(found))


def find_named_people(text: str) -> list[str]:
    """Full names written next to a place ("John Smith from Paisley"), as written."""
    view = skeleton(text)
    found: list[str] = []
    for m in _NAME_THEN_PLACE.finditer(view):
        name = m["name"]
        # the name may have swallowed the everyday words before it: "Thanks to John Smith" → "John Smith"
        words = name.split()
        while words and words[0].lower().strip(".") in EVERYDAY and words[0].lower().strip(".") not in TITLES:
            words = words[1:]
        if not words or not _is_full_name(" ".join(words)):
            continue
        place = m["place"]
        if not place[:1].isdigit() and place.lower() in EVERYDAY:
            continue
        hit = f"{' '.join(words)}{m['link'].rstrip()} {place}".strip()
        if not any(f.endswith(hit) for f in found):  # "Agnes McLeod at …" inside "Mrs Agnes McLeod at …"
            found.append(hit)
    return found
