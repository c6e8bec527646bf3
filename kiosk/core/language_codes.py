"""Which language codes are real languages, for `kiosk.languages` (kiosk.core.config): a two-letter code must be
an ISO 639-1 language ("en", "gd", "so"; "xx" is refused); a three-letter one ("prs", "ckb") is taken as ISO 639-2/3,
which has too many codes to keep here; a region may follow ("en_GB"). Pure data. Thread: any.
"""

from __future__ import annotations

_ISO_639_1_CODES = """
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es
et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj
kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv
ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti
tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
"""
ISO_639_1 = frozenset(_ISO_639_1_CODES.split())


def known_language(code: str) -> bool:
    """Whether `code` (already shaped like "en" or "en_GB") names a real language."""
    language = code.split("_", 1)[0]
    return len(language) == 3 or language in ISO_639_1
