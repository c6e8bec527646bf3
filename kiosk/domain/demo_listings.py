"""Sample listings for `kiosk demo`: a Scottish service centre's week, so "What's on" and "Open now" look alive.

Dates are worked out from the site's `today` (the one-off swap is next Saturday, a walk is cancelled the
week after next, the library closes on the next Scottish public holidays), so the demo never looks stale.
Ids are stable (uuid5), so seeding twice updates rather than duplicates. Phone numbers are from Ofcom's
drama range and addresses are made up. Thread: any (pure data).
"""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

from kiosk.domain.listings import AccessFeature, Accessibility, Contact, Kind, Listing, Place, Price
from kiosk.domain.schedules import Cancellation, OneOff, OpeningHours, Recurring, Sessions, rule_dates

DEMO_NAMESPACE = uuid.UUID("6f1c7a52-3a1e-5a4e-9d0c-2f4b8c1e7d90")

HUB = "Riverside Community Hub"
HUB_ADDRESS = "12 Kelvin Street, Glasgow G3 7AB"
LIBRARY = "Riverside Library"
LIBRARY_ADDRESS = "20 Kelvin Street, Glasgow G3 7AD"
CENTRE = "Riverside Customer Service Centre"
CENTRE_ADDRESS = "45 Argyle Walk, Glasgow G3 8QX"
A = AccessFeature


def demo_id(slug: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, f"demo/{slug}")


def _next(day_code: str, after: date, within: int = 7) -> date:
    """The first `day_code` weekday after `after` (rrule does the counting)."""
    rule = Recurring.weekly(day_code, "00:00", "00:01")
    return rule_dates(rule, after + timedelta(days=1), after + timedelta(days=within))[0]


def _public_holidays(today: date) -> frozenset[date]:
    """Christmas, Boxing Day and the two New Year days (Scotland), this year and next."""
    days = ((12, 25), (12, 26), (1, 1), (1, 2))
    return frozenset(date(y, m, d) for y in (today.year, today.year + 1) for m, d in days)


def demo_listings(today: date) -> tuple[Listing, ...]:
    """Eight listings: six regulars (café, knit and natter, warm space, advice drop-in, walk, sitooterie)
    plus a one-off swap and a late-night safe space, spread over the week."""
    season_start = today - timedelta(days=120)
    walk = Recurring.weekly("MO", "11:00", "12:00", starts_on=season_start)
    walk_cancelled = rule_dates(walk, today + timedelta(days=8), today + timedelta(days=14))[0]
    return (
        Listing(
            id=demo_id("community-cafe"), kind=Kind.ACTIVITY, title="Community café morning", category="Food & drink",
            summary="Tea, coffee, hot toast and a blether. Pay what you can.",
            description="Pop in for a cuppa and some company. Volunteers serve tea, coffee, toast and home "
                        "baking; soup on Fridays. There is a play corner for wee ones and the papers to read.\n"
                        "Nobody is ever turned away for not being able to pay.",
            place=Place(HUB, "Main hall", HUB_ADDRESS), organiser="Riverside Community Hub volunteers",
            contact=Contact(phone="0141 496 0123", email="hello@riverside-hub.example"),
            price=Price(0, note="Pay what you can"), audience="Everyone welcome, all ages", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET, A.HEARING_LOOP, A.SEATING}),
                                        "Level entrance from Kelvin Street. Hearing loop at the serving hatch."),
            languages=("English", "Polish"),
            schedule=Sessions((Recurring.weekly("WE,FR", "10:00", "12:00", starts_on=season_start),))),
        Listing(
            id=demo_id("knit-and-natter"), kind=Kind.ACTIVITY, title="Knit and natter", category="Social",
            summary="Bring your knitting or crochet — or learn from scratch. Needles and wool provided.",
            description="A friendly group who knit, crochet and chat. Beginners are very welcome: someone will "
                        "show you how to cast on. We make blankets and hats for the neonatal unit.",
            place=Place(LIBRARY, "Community room, first floor", LIBRARY_ADDRESS),
            organiser="Riverside Library and volunteers", contact=Contact(phone="0141 496 0456"),
            audience="Adults of all abilities", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.QUIET_SPACE, A.ACCESSIBLE_TOILET}),
                                        "Lift to the first floor."),
            languages=("English", "Scots"),
            schedule=Sessions((Recurring.weekly("TH", "14:00", "16:00", starts_on=season_start),))),
        Listing(
            id=demo_id("library-warm-space"), kind=Kind.SPACE, title="Warm space at the library",
            category="Warm spaces",
            summary="Somewhere warm to sit, with free hot drinks, Wi-Fi and phone charging.",
            description="Come in out of the cold. Comfy chairs, free tea and coffee, Wi-Fi, phone chargers, "
                        "newspapers and jigsaws. Staff can help you get online or find advice. No need to "
                        "borrow a book or say why you are here.",
            place=Place(LIBRARY, "Reading room, ground floor", LIBRARY_ADDRESS), organiser="Riverside Library",
            contact=Contact(phone="0141 496 0456"), audience="Everyone welcome", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET, A.QUIET_SPACE, A.SEATING,
                                                   A.LARGE_PRINT, A.ASSISTANCE_DOGS})),
            languages=("English",),
            schedule=OpeningHours.of({"MO,TU,WE,TH": [("10:00", "20:00")], "FR": [("10:00", "17:00")],
                                      "SA": [("10:00", "16:00")]}, closures=_public_holidays(today))),
        Listing(
            id=demo_id("benefits-advice"), kind=Kind.ACTIVITY, title="Benefits and money advice drop-in",
            category="Advice",
            summary="Free, confidential help with benefits, Universal Credit, debt and energy bills.",
            description="Trained advisers can check you are getting everything you are entitled to, help with "
                        "forms and appeals, and talk through debt or fuel bills. Bring any letters you have. "
                        "On the 2nd Tuesday of the month there is an evening session for people who work.",
            place=Place(CENTRE, "Interview rooms, ground floor", CENTRE_ADDRESS),
            organiser="Money Matters advice team", contact=Contact(phone="0141 496 0789", website="https://example.org/money"),
            audience="Anyone living in the city", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.HEARING_LOOP, A.ACCESSIBLE_TOILET, A.BSL,
                                                   A.QUIET_SPACE}),
                                        "BSL interpreter on request — ask at reception. Private rooms available."),
            languages=("English", "Arabic", "Urdu"),
            schedule=Sessions((Recurring.weekly("TU", "10:00", "13:00", starts_on=season_start),
                               Recurring.monthly("2TU", "17:00", "19:00", starts_on=season_start)))),
        Listing(
            id=demo_id("health-walk"), kind=Kind.ACTIVITY, title="Health walk along the Kelvin",
            category="Getting active",
            summary="A gentle hour's walk with trained walk leaders. Longer walk on the last Friday.",
            description="An easy-paced walk on flat paths along the Kelvin Walkway, about 45 minutes, with a "
                        "chat and a cuppa back at the hub. On the last Friday of the month we go further, to "
                        "the Botanic Gardens. Wear comfy shoes and bring a waterproof.",
            place=Place(HUB, "Meet at the front door", HUB_ADDRESS), organiser="Riverside walk leaders",
            contact=Contact(phone="0141 496 0123"), audience="Adults; walking aids and buggies welcome", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ASSISTANCE_DOGS}),
                                        "Flat, surfaced paths with benches along the way."),
            languages=("English",),
            schedule=Sessions((walk, Recurring.monthly("-1FR", "10:30", "12:30", starts_on=season_start)),
                              cancellations=(Cancellation(walk_cancelled, "Walk leader away — back next week"),))),
        Listing(
            id=demo_id("sitooterie"), kind=Kind.SPACE, title="The sitooterie", category="Outdoors",
            summary="A sheltered garden corner with benches — somewhere to sit oot and take a breather.",
            description="Our garden sitooterie has sheltered benches, raised planters looked after by the "
                        "gardening group, and a wee book swap box. Open every day; come through the café.",
            place=Place(HUB, "Back garden, through the café", HUB_ADDRESS), organiser="Riverside Community Hub",
            audience="Everyone welcome", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.SEATING, A.QUIET_SPACE, A.ASSISTANCE_DOGS})),
            schedule=OpeningHours.of({"MO,TU,WE,TH,FR,SA,SU": [("09:00", "19:00")]})),
        Listing(
            id=demo_id("coat-swap"), kind=Kind.ACTIVITY, title="Winter coat and school uniform swap",
            category="Community",
            summary="Take what you need, leave what you can. Coats, jackets, boots and uniforms.",
            description="Bring clean coats, boots and school uniform your family has grown out of — or just come "
                        "and take what fits. Everything is free.",
            place=Place(HUB, "Main hall", HUB_ADDRESS), organiser="Riverside Parent Council",
            audience="Families and anyone who needs a warm coat", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET})),
            languages=("English", "Polish", "Ukrainian"),
            schedule=Sessions((OneOff.at(_next("SA", today), "10:00", "13:00"),))),
        Listing(
            id=demo_id("late-safe-space"), kind=Kind.SPACE, title="Late-night safe space", category="Warm spaces",
            summary="A warm drink, phone charging and somewhere safe to wait for a lift home.",
            description="Volunteers open the church hall on Friday and Saturday nights: hot drinks, a seat, "
                        "phone chargers, flip-flops and first aid. Somewhere safe to wait for a taxi or a friend.",
            place=Place("Kelvin Street Church Hall", "", "3 Kelvin Street, Glasgow G3 7AA"),
            organiser="Street Pastors and Riverside volunteers", contact=Contact(phone="0141 496 0999"),
            audience="Anyone out in town late at night", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET, A.SEATING})),
            languages=("English",),
            schedule=OpeningHours.of({"FR,SA": [(time(21), time(3))]})),
    )
